"""Exercise 04 · pandas: cleaning missing values / pandas：处理缺失值

Each function gets a DataFrame read from weather.csv and returns a NEW one: never change the one passed in.
每个函数接收从 weather.csv 读入的 DataFrame，返回一个新的 DataFrame：不要修改传入的那个。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import pandas as pd


def fill_temperatures(df):
    """Fill each missing temp_c with the mean of the known temperatures of the SAME city.
    用同一城市已知温度的平均值填充缺失的 temp_c。"""
    # TODO: out = df.copy(); df.groupby("city")["temp_c"].transform("mean") gives, for every row, its city's mean;
    #       then fillna(...) with it
    raise NotImplementedError("TODO")


def fill_humidity(df):
    """Fill each missing humidity with the median humidity of the whole column.  用整列的中位数填充缺失的 humidity。"""
    # TODO: df["humidity"].median()
    raise NotImplementedError("TODO")


def clean(df):
    """Both fills above, plus a new boolean column "rainy": True where rain_mm > 0.
    做完上面两种填充，再加一个布尔列 "rainy"：rain_mm > 0 时为 True。"""
    # TODO: call fill_temperatures and fill_humidity, then add the column
    raise NotImplementedError("TODO")
