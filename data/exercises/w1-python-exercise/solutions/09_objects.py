"""Exercise 09 · "in Python everything is an object" / “Python 万物皆对象” (solution / 参考答案)"""


def type_names(values):
    return [type(v).__name__ for v in values]


def call_method(obj, method_name, *args):
    return getattr(obj, method_name)(*args)


def apply_all(functions, value):
    return [f(value) for f in functions]


def labelled(func, label):
    func.label = label
    return func


def same_object(a, b):
    return a is b
