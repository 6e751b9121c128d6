"""Exercise 02 · numpy on the CSV file / 用 numpy 处理 CSV 文件

weather.csv (in this folder; made-up data for three fictional towns) has the columns
    date, city, temp_c, rain_mm, humidity, condition
Some temp_c and humidity values are missing (empty).
weather.csv（在本文件夹中，是三个虚构小镇的编造数据）有上面这些列，部分 temp_c 和 humidity 为空。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import numpy as np


def load_numbers(path):
    """The columns temp_c, rain_mm and humidity as a float array of shape (rows, 3), with nan where a value is missing.
    把 temp_c、rain_mm、humidity 三列读成形状为 (行数, 3) 的浮点数组，缺失值为 nan。"""
    # TODO: np.genfromtxt(path, delimiter=",", skip_header=1, usecols=(2, 3, 4))  (an empty field becomes nan)
    raise NotImplementedError("TODO")


def count_missing(a):
    """How many nan values each column has, as a 1-D integer array.  每列有多少个 nan。"""
    # TODO: np.isnan(a) is a boolean array; sum it down the rows
    raise NotImplementedError("TODO")


def column_means_ignoring_nan(a):
    """The mean of each column, leaving out the nan values.  每列的平均值，不算 nan。"""
    # TODO: a.mean() gives nan if any value is nan; numpy has a nan-aware version
    raise NotImplementedError("TODO")


def rainy_fraction(a):
    """The fraction of rows (days) with rain_mm > 0, a float between 0 and 1.  rain_mm > 0 的行所占的比例。"""
    # TODO: the mean of a boolean array is the fraction of True values
    raise NotImplementedError("TODO")
