"""Exercise 02 · batches with a DataLoader, and one epoch / 用 DataLoader 分批，并跑完一个 epoch (solution / 参考答案)"""
import torch
from torch.utils.data import DataLoader


def make_loader(dataset, batch_size, shuffle, seed=0, drop_last=False):
    generator = torch.Generator()
    generator.manual_seed(seed)
    return DataLoader(dataset, batch_size=batch_size, shuffle=shuffle, drop_last=drop_last, generator=generator)


def run_one_epoch(loader):
    batches = 0
    samples = 0
    first_shape = None
    labels_seen = []
    for images, labels in loader:
        if first_shape is None:
            first_shape = tuple(images.shape)
        batches += 1
        samples += images.shape[0]
        labels_seen.extend(labels.tolist())
    return {"batches": batches, "samples": samples, "first_shape": first_shape, "labels": labels_seen}
