"""Exercise 03 · a train/val split and transforms / 划分训练集、验证集，以及数据变换 (solution / 参考答案)"""
import torch
from torch.utils.data import random_split


def split_dataset(dataset, val_fraction, seed):
    n_val = round(len(dataset) * val_fraction)
    generator = torch.Generator().manual_seed(seed)
    train, val = random_split(dataset, [len(dataset) - n_val, n_val], generator=generator)
    return train, val


class Normalize:
    def __init__(self, mean, std):
        self.mean = mean
        self.std = std

    def __call__(self, x):
        return (x - self.mean) / self.std


class RandomHorizontalFlip:
    def __init__(self, p=0.5):
        self.p = p

    def __call__(self, x):
        if torch.rand(1).item() < self.p:
            return torch.flip(x, dims=[-1])
        return x


def compose(*transforms):
    def apply(x):
        for transform in transforms:
            x = transform(x)
        return x
    return apply
