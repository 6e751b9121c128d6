"""Exercise 05 · pandas: group, count, reshape / pandas：分组统计与变形

Each function gets the DataFrame read from weather.csv (dates parsed, missing values still there).
每个函数接收从 weather.csv 读入的 DataFrame（日期已解析，缺失值仍在）。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import pandas as pd


def city_summary(df):
    """One row per city (the index, in alphabetical order) with three columns:
    mean_temp (mean of temp_c, missing values left out), total_rain (sum of rain_mm), rainy_days (rows with rain_mm > 0).
    每个城市一行（城市名作为索引，按字母顺序），三列：mean_temp、total_rain、rainy_days。"""
    # TODO: df.groupby("city").agg(mean_temp=("temp_c", "mean"), ...)
    #       for rainy_days, group a boolean column: df.assign(rainy=df["rain_mm"] > 0)
    raise NotImplementedError("TODO")


def condition_counts(df):
    """A dict {condition: number of rows}, with plain int values.  {天气状况: 行数} 的字典，值用普通 int。"""
    # TODO: df["condition"].value_counts()
    raise NotImplementedError("TODO")


def warmest_day(df, city):
    """The date of the city's highest temp_c, as a "YYYY-MM-DD" string.  该城市 temp_c 最高的那天，格式 "YYYY-MM-DD"。"""
    # TODO: idxmax() gives the row label of the maximum; .strftime("%Y-%m-%d") formats a date
    raise NotImplementedError("TODO")


def temperature_table(df):
    """A table with one row per date and one column per city, holding temp_c.
    每个日期一行、每个城市一列的温度表。"""
    # TODO: df.pivot(index=..., columns=..., values=...)
    raise NotImplementedError("TODO")
