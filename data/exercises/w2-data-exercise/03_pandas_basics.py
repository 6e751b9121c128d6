"""Exercise 03 · pandas: load, look, select / pandas：读取、查看、筛选

Uses weather.csv in this folder (see 02_numpy_weather.py for its columns).
使用本文件夹中的 weather.csv（列的说明见 02_numpy_weather.py）。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import pandas as pd


def load(path):
    """The CSV file as a DataFrame, with the date column parsed as dates.  读入 DataFrame，并把 date 列解析为日期。"""
    # TODO: pd.read_csv(path, parse_dates=[...])
    raise NotImplementedError("TODO")


def missing_per_column(df):
    """A dict {column name: number of missing values}, only for the columns that have some.
    e.g. {"temp_c": 3, ...}   Use plain int values.
    返回 {列名: 缺失值个数} 的字典，只列出有缺失值的列；值用普通 int。"""
    # TODO: df.isna().sum() is a Series indexed by column name
    raise NotImplementedError("TODO")


def rows_for(df, city):
    """The rows of one city.  某个城市的所有行。"""
    # TODO: boolean indexing: df[df["city"] == city]
    raise NotImplementedError("TODO")


def wettest(df, n):
    """The n rows with the most rain, wettest first.  雨量最大的 n 行，从大到小。"""
    # TODO: df.sort_values(..., ascending=False).head(n), or df.nlargest(n, ...)
    raise NotImplementedError("TODO")
