"""Exercise 06 · from a table to model inputs (ready for week 3) / 从表格到模型输入（为第三周做准备）

Each function gets a DataFrame from weather.csv that has been cleaned (no missing values), as 04_pandas_clean.py does.
每个函数接收清洗过（没有缺失值）的 weather.csv 数据，就像 04_pandas_clean.py 做的那样。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import numpy as np
import pandas as pd


def one_hot(df, column):
    """One 0/1 integer column per value of `column`, named "<column>_<value>"; e.g. condition_rain.
    给 column 的每个取值生成一个 0/1 整数列，列名为 "<column>_<value>"。"""
    # TODO: pd.get_dummies(df[column], prefix=column, dtype=int)
    raise NotImplementedError("TODO")


def feature_matrix(df):
    """A float numpy array of shape (rows, 3) from temp_c, rain_mm and humidity, each column standardized
    (mean 0, standard deviation 1, as in 01_numpy_arrays.py).
    由 temp_c、rain_mm、humidity 组成的 (行数, 3) 浮点数组，每列标准化（均值 0、标准差 1）。"""
    # TODO: df[[...]].to_numpy(dtype=float), then standardize each column
    raise NotImplementedError("TODO")


def split_rows(df, test_fraction, seed):
    """Split the rows at random into (train, test): test has round(len(df) * test_fraction) rows, train the rest.
    The same seed must give the same split.
    随机把行分成 (train, test)：test 有 round(len(df) * test_fraction) 行，其余为 train；相同的 seed 得到相同的划分。"""
    # TODO: test = df.sample(n=..., random_state=seed); train = df.drop(test.index)
    raise NotImplementedError("TODO")
