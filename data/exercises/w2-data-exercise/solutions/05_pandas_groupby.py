"""Exercise 05 · pandas: group, count, reshape / pandas：分组统计与变形 (solution / 参考答案)"""
import pandas as pd


def city_summary(df):
    return (
        df.assign(rainy=df["rain_mm"] > 0)
        .groupby("city")
        .agg(mean_temp=("temp_c", "mean"), total_rain=("rain_mm", "sum"), rainy_days=("rainy", "sum"))
        .sort_index()
    )


def condition_counts(df):
    return {condition: int(n) for condition, n in df["condition"].value_counts().items()}


def warmest_day(df, city):
    rows = df[df["city"] == city]
    return rows.loc[rows["temp_c"].idxmax(), "date"].strftime("%Y-%m-%d")


def temperature_table(df):
    return df.pivot(index="date", columns="city", values="temp_c")
