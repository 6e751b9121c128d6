"""Exercise 08 · classes and inheritance / 面向对象：类与继承

Fill in every method marked TODO, then run:  python3 check.py
把每个标有 TODO 的方法写完，然后运行：python3 check.py
"""


class Vector2:
    """A 2-D vector.  Vector2(1, 2) + Vector2(3, 4) == Vector2(4, 6)
    二维向量。"""

    def __init__(self, x, y):
        # TODO: keep x and y as attributes: self.x = x ...
        raise NotImplementedError("TODO")

    def length(self):
        """Vector2(3, 4).length() == 5.0"""
        # TODO: (x ** 2 + y ** 2) ** 0.5
        raise NotImplementedError("TODO")

    def __add__(self, other):
        """Called for  a + b : return a NEW Vector2.   a + b 时调用：返回新的 Vector2。"""
        # TODO
        raise NotImplementedError("TODO")

    def __eq__(self, other):
        """Called for  a == b : equal when both are Vector2 with the same x and y.
        a == b 时调用：都是 Vector2 且 x、y 相同时相等。"""
        # TODO: isinstance(other, Vector2) and ...
        raise NotImplementedError("TODO")

    def __repr__(self):
        """How the vector prints:  repr(Vector2(1, 2)) == "Vector2(1, 2)"
        向量的打印形式。"""
        # TODO: an f-string
        raise NotImplementedError("TODO")


class Animal:
    """Finished: Dog and Cat below build on it.  已完成：下面的 Dog 和 Cat 基于它。"""

    def __init__(self, name):
        self.name = name

    def sound(self):
        return "..."

    def speak(self):
        return f"{self.name} says {self.sound()}"


# TODO: make Dog a subclass of Animal (class Dog(Animal):) and override sound() to return "woof":
#       Dog("Rex").speak() == "Rex says woof"
# 让 Dog 继承 Animal，并重写 sound()，返回 "woof"。
class Dog:
    pass


# TODO: the same for Cat, with "meow":  Cat("Tom").speak() == "Tom says meow"
# Cat 同理，返回 "meow"。
class Cat:
    pass
