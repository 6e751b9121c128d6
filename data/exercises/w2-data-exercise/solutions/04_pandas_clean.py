"""Exercise 04 · pandas: cleaning missing values / pandas：处理缺失值 (solution / 参考答案)"""
import pandas as pd


def fill_temperatures(df):
    out = df.copy()
    city_means = df.groupby("city")["temp_c"].transform("mean")
    out["temp_c"] = df["temp_c"].fillna(city_means)
    return out


def fill_humidity(df):
    out = df.copy()
    out["humidity"] = df["humidity"].fillna(df["humidity"].median())
    return out


def clean(df):
    out = fill_humidity(fill_temperatures(df))
    out["rainy"] = out["rain_mm"] > 0
    return out
