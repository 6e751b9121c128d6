"""Exercise 07 · modules / 模块

Do the four TODOs, then run:  python3 check.py
完成下面四个 TODO，然后运行：python3 check.py
"""

# TODO 1: import the standard-library module math          导入标准库模块 math
# TODO 2: from the module collections, import Counter       从 collections 模块导入 Counter
# TODO 3: import shapes (the file shapes.py in this folder) 导入本文件夹里的 shapes.py


def hypotenuse(a, b):
    """The long side of a right triangle.  hypotenuse(3, 4) == 5.0
    直角三角形的斜边。"""
    # TODO 1: math.sqrt(...) or math.hypot(a, b)
    raise NotImplementedError("TODO")


def letter_counts(text):
    """A Counter of the letters of text, lower-cased, letters only.  letter_counts("Hi, hi!") == Counter({"h": 2, "i": 2})
    统计字母（转小写，只算字母），返回 Counter。"""
    # TODO 2: Counter(c.lower() for c in text if c.isalpha())
    raise NotImplementedError("TODO")


def square_area(side):
    """The area of a square, computed with shapes.rectangle_area.  square_area(3) == 9
    用 shapes.rectangle_area 计算正方形面积。"""
    # TODO 3
    raise NotImplementedError("TODO")


# TODO 4: importing a module runs all of its top-level code. This demo must run only when the file is run
#         as a script (python3 07_modules.py), not when it is imported: put it under  if __name__ == "__main__":
# 导入模块会执行它顶层的全部代码。下面的演示只应在直接运行本文件时执行，导入时不执行：
# 把它放到 if __name__ == "__main__": 下面。
print("demo:", hypotenuse(3, 4), square_area(3))
