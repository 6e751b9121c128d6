"""Exercise 09 · "in Python everything is an object" / “Python 万物皆对象”

Numbers, strings, None, functions, classes and modules are all objects: each has a type, attributes
(see dir(x)), and can be stored in a list, passed to a function or returned from one.
数字、字符串、None、函数、类和模块都是对象：都有类型和属性（看 dir(x)），都能放进列表、作为参数传递或作为返回值。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""


def type_names(values):
    """The name of each value's type.  type_names([1, "a", None, len]) == ["int", "str", "NoneType", "builtin_function_or_method"]
    每个值的类型名。"""
    # TODO: type(v) is itself an object (a class); its name is type(v).__name__
    raise NotImplementedError("TODO")


def call_method(obj, method_name, *args):
    """Look a method up by its name and call it.  call_method("abc", "upper") == "ABC"   call_method(5, "bit_length") == 3
    按名字找到方法并调用。"""
    # TODO: getattr(obj, method_name) gives the method object; then call it with *args
    raise NotImplementedError("TODO")


def apply_all(functions, value):
    """Functions are objects you can keep in a list.  apply_all([abs, str], -3) == [3, "-3"]
    函数也是对象，可以放进列表。"""
    # TODO
    raise NotImplementedError("TODO")


def labelled(func, label):
    """A function is an object with attributes of its own: set func.label and return the SAME function.
    函数是对象，可以有自己的属性：设置 func.label，并返回同一个函数。"""
    # TODO
    raise NotImplementedError("TODO")


def same_object(a, b):
    """True only if a and b are the very same object (not merely equal).  x = [1]; same_object(x, x) is True,
    but same_object([1], [1]) is False.
    只有 a 和 b 是同一个对象（不只是相等）时才返回 True。"""
    # TODO: == compares values, `is` compares identity
    raise NotImplementedError("TODO")
