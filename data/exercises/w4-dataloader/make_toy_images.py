"""Write a small toy image folder to try your Dataset on:  python3 make_toy_images.py toy_images
Two classes of 8x8 grey images, one folder each: "horizontal" (horizontal stripes) and "vertical" (vertical stripes).
写出一个可以用来试 Dataset 的玩具图片文件夹：两个类别（横条纹、竖条纹），每类一个子文件夹。
"""
import os
import random
import sys

from pgm import write_pgm


def stripes(size, vertical, rng):
    """An image of stripes with a little random noise."""
    rows = []
    for r in range(size):
        row = []
        for c in range(size):
            on = (c if vertical else r) % 2 == 0
            row.append(max(0, min(255, (200 if on else 40) + rng.randint(-30, 30))))
        rows.append(row)
    return rows


def make_toy_images(root, per_class=20, size=8, seed=0):
    rng = random.Random(seed)
    for name, vertical in (("horizontal", False), ("vertical", True)):
        folder = os.path.join(root, name)
        os.makedirs(folder, exist_ok=True)
        for i in range(per_class):
            write_pgm(os.path.join(folder, "{}_{:03d}.pgm".format(name, i)), stripes(size, vertical, rng))


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "toy_images"
    make_toy_images(target)
    print("wrote", target)
