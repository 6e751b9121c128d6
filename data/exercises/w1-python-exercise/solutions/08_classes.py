"""Exercise 08 · classes and inheritance / 面向对象：类与继承 (solution / 参考答案)"""


class Vector2:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector2(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vector2) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector2({self.x}, {self.y})"


class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "..."

    def speak(self):
        return f"{self.name} says {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "woof"


class Cat(Animal):
    def sound(self):
        return "meow"
