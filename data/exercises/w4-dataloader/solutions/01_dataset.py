"""Exercise 01 · your own Dataset for a folder of images / 为一个图片文件夹写自己的 Dataset (solution / 参考答案)"""
import os

import torch
from torch.utils.data import Dataset

from pgm import read_pgm


class FolderImageDataset(Dataset):
    EXTENSIONS = (".pgm",)

    def __init__(self, root, transform=None, loader=read_pgm):
        self.root = root
        self.transform = transform
        self.loader = loader
        self.classes = sorted(name for name in os.listdir(root) if os.path.isdir(os.path.join(root, name)))
        self.class_to_idx = {name: i for i, name in enumerate(self.classes)}
        self.samples = []
        for name in self.classes:
            folder = os.path.join(root, name)
            for file_name in sorted(os.listdir(folder)):
                if file_name.lower().endswith(self.EXTENSIONS):
                    self.samples.append((os.path.join(folder, file_name), self.class_to_idx[name]))

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, index):
        path, label = self.samples[index]
        image = torch.tensor(self.loader(path), dtype=torch.float32).unsqueeze(0)
        if self.transform is not None:
            image = self.transform(image)
        return image, label
