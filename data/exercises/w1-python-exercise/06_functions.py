"""Exercise 06 · functions / 函数

Fill in every function marked TODO (and fix the bug in add_item), then run:  python3 check.py
把每个标有 TODO 的函数写完（并修好 add_item 的 bug），然后运行：python3 check.py
"""


def greet(name, greeting="Hello"):
    """A default argument.  greet("Ada") == "Hello, Ada!"   greet("Ada", greeting="Hi") == "Hi, Ada!"
    默认参数。"""
    # TODO
    raise NotImplementedError("TODO")


def total(*numbers):
    """Any number of positional arguments.  total() == 0   total(1, 2, 3) == 6
    任意个位置参数。"""
    # TODO: numbers is a tuple here
    raise NotImplementedError("TODO")


def describe(name, **info):
    """Any keyword arguments, listed in alphabetical order of their names.
    describe("Ada") == "Ada"   describe("Ada", field="maths", born=1815) == "Ada (born=1815, field=maths)"
    任意关键字参数，按参数名的字母顺序列出。"""
    # TODO: info is a dict here; sorted(info.items()) and ", ".join(...)
    raise NotImplementedError("TODO")


def make_multiplier(factor):
    """Return a FUNCTION that multiplies its argument by factor (a closure).
    double = make_multiplier(2); double(21) == 42
    返回一个函数（闭包），它把参数乘以 factor。"""
    # TODO: define an inner function and return it (without calling it)
    raise NotImplementedError("TODO")


def add_item(item, items=[]):
    """Append item to items and return the list; without `items`, start a NEW empty list every call.
    add_item(1) == [1], and then add_item(2) == [2]
    把 item 追加到 items 并返回；不传 items 时每次都应使用新的空列表。"""
    # TODO: this has a classic bug: the default [] is created ONCE, when `def` runs, and shared by every call.
    #       Use items=None and create the list inside the function.
    # 这里有个经典 bug：默认值 [] 只在 def 执行时创建一次，所有调用共用它。改用 items=None，在函数里新建列表。
    items.append(item)
    return items
