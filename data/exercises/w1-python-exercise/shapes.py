"""A small module of our own, used by 07_modules.py. Nothing to do here.

Any .py file is a module: another file in the same folder can `import shapes` and call shapes.rectangle_area(...).
任何 .py 文件都是一个模块：同一文件夹里的其他文件可以 import shapes，再调用 shapes.rectangle_area(...)。
"""


def rectangle_area(width, height):
    return width * height


def rectangle_perimeter(width, height):
    return 2 * (width + height)
