"""Exercise 02 · numpy on the CSV file / 用 numpy 处理 CSV 文件 (solution / 参考答案)"""
import numpy as np


def load_numbers(path):
    return np.genfromtxt(path, delimiter=",", skip_header=1, usecols=(2, 3, 4))


def count_missing(a):
    return np.isnan(a).sum(axis=0)


def column_means_ignoring_nan(a):
    return np.nanmean(a, axis=0)


def rainy_fraction(a):
    return float((a[:, 1] > 0).mean())
