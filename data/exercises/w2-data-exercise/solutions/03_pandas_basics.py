"""Exercise 03 · pandas: load, look, select / pandas：读取、查看、筛选 (solution / 参考答案)"""
import pandas as pd


def load(path):
    return pd.read_csv(path, parse_dates=["date"])


def missing_per_column(df):
    counts = df.isna().sum()
    return {column: int(count) for column, count in counts.items() if count > 0}


def rows_for(df, city):
    return df[df["city"] == city]


def wettest(df, n):
    return df.sort_values("rain_mm", ascending=False).head(n)
