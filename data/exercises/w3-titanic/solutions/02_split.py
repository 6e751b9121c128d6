"""Exercise 02 · make your own labelled validation split / 自己划分带标签的验证集 (solution / 参考答案)"""
import csv
import random


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def split_rows(rows, val_fraction, seed):
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    n_val = round(len(rows) * val_fraction)
    return shuffled[n_val:], shuffled[:n_val]
