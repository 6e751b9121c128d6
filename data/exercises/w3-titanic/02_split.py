"""Exercise 02 · make your own labelled validation split / 自己划分带标签的验证集

Kaggle's test.csv has no Survived column, so you cannot measure accuracy on it yourself. Split train.csv
(which has Survived) into a part to train on and a part to validate on, and measure on the second.
Kaggle 的 test.csv 没有 Survived 列，无法自己在上面计算准确率。把带 Survived 的 train.csv 分成训练部分和验证部分，
在验证部分上评估。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import csv
import random


def read_rows(path):
    """The rows of a CSV file as a list of dicts (column name -> text).  把 CSV 文件读成字典列表（列名 -> 文本）。"""
    # TODO: with open(path, newline="", encoding="utf-8") as f: return list(csv.DictReader(f))
    raise NotImplementedError("TODO")


def split_rows(rows, val_fraction, seed):
    """Split rows at random into (train, val); val has round(len(rows) * val_fraction) rows.
    The same seed gives the same split, and the list passed in is not reordered.
    随机把 rows 分成 (train, val)，val 有 round(len(rows) * val_fraction) 行；相同的 seed 得到相同的划分，传入的列表不被打乱。"""
    # TODO: shuffled = list(rows); random.Random(seed).shuffle(shuffled); then two slices
    raise NotImplementedError("TODO")
