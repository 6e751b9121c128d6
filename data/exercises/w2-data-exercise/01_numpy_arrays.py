"""Exercise 01 · numpy arrays: shapes, axes, broadcasting, masks / numpy 数组：形状、轴、广播、布尔索引

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import numpy as np


def make_grid(rows, cols):
    """A 2-D array of the integers 0 .. rows*cols-1, row by row.
    make_grid(2, 3) -> [[0, 1, 2], [3, 4, 5]]
    按行排列 0 到 rows*cols-1 的二维数组。"""
    # TODO: np.arange(...).reshape(...)
    raise NotImplementedError("TODO")


def column_means(a):
    """The mean of each column of a 2-D array.  column_means(make_grid(2, 3)) -> [1.5, 2.5, 3.5]
    二维数组每一列的平均值。"""
    # TODO: a.mean(axis=...)  (axis=0 goes down the rows, giving one value per column)
    raise NotImplementedError("TODO")


def standardize(a):
    """Each column shifted and scaled to mean 0 and standard deviation 1: (a - mean) / std, per column.
    每一列减去均值、除以标准差，使其均值为 0、标准差为 1。"""
    # TODO: broadcasting: a (shape (n, k)) minus a.mean(axis=0) (shape (k,)) works column by column
    raise NotImplementedError("TODO")


def select_above(a, threshold):
    """The elements greater than threshold, as a 1-D array in row order.
    select_above(make_grid(2, 3), 3) -> [4, 5]
    大于 threshold 的元素，按行的顺序组成一维数组。"""
    # TODO: a boolean mask: a[a > threshold]
    raise NotImplementedError("TODO")


def celsius_to_fahrenheit(celsius):
    """Works on a single number and on a whole array at once, without a loop.  0 -> 32.0, 100 -> 212.0
    对单个数和整个数组都能用，不写循环。"""
    # TODO: arithmetic on numpy arrays is element-wise
    raise NotImplementedError("TODO")
