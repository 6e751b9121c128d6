"""Exercise 06 · functions / 函数 (solution / 参考答案)"""


def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


def total(*numbers):
    return sum(numbers)


def describe(name, **info):
    if not info:
        return name
    details = ", ".join(f"{key}={value}" for key, value in sorted(info.items()))
    return f"{name} ({details})"


def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


def add_item(item, items=None):
    if items is None:
        items = []
    items.append(item)
    return items
