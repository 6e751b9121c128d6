"""Exercise 07 · modules / 模块 (solution / 参考答案)"""

import math
from collections import Counter

import shapes


def hypotenuse(a, b):
    return math.hypot(a, b)


def letter_counts(text):
    return Counter(c.lower() for c in text if c.isalpha())


def square_area(side):
    return shapes.rectangle_area(side, side)


if __name__ == "__main__":
    print("demo:", hypotenuse(3, 4), square_area(3))
