"""Exercise 06 · from a table to model inputs / 从表格到模型输入 (solution / 参考答案)"""
import numpy as np
import pandas as pd


def one_hot(df, column):
    return pd.get_dummies(df[column], prefix=column, dtype=int)


def feature_matrix(df):
    x = df[["temp_c", "rain_mm", "humidity"]].to_numpy(dtype=float)
    return (x - x.mean(axis=0)) / x.std(axis=0)


def split_rows(df, test_fraction, seed):
    test = df.sample(n=round(len(df) * test_fraction), random_state=seed)
    train = df.drop(test.index)
    return train, test
