"""Tiny grey-scale images in the plain PGM format ("P2", text), so the check needs no image library. Nothing to do here.

Your own photos are JPEG or PNG: read them with Pillow instead (PIL.Image.open(path).convert("RGB")) and turn them into
tensors with torchvision.transforms. The Dataset you write in 01_dataset.py takes the reading function as a parameter.
本文件读写纯文本的 PGM 灰度小图，这样检查不需要任何图像库。你自己的照片是 JPEG 或 PNG：改用 Pillow 读取，
再用 torchvision.transforms 转成张量。01_dataset.py 里的 Dataset 把读图函数作为参数。
"""


def write_pgm(path, pixels, maxval=255):
    """Write a list of rows of integers 0..maxval as a plain PGM file."""
    height, width = len(pixels), len(pixels[0])
    with open(path, "w", encoding="ascii") as f:
        f.write("P2\n{} {}\n{}\n".format(width, height, maxval))
        for row in pixels:
            f.write(" ".join(str(int(v)) for v in row) + "\n")


def read_pgm(path):
    """Read a plain PGM file: a list of rows of floats in [0, 1] (each value divided by the file's maximum)."""
    tokens = []
    with open(path, encoding="ascii") as f:
        for line in f:
            tokens.extend(line.split("#", 1)[0].split())
    if not tokens or tokens[0] != "P2":
        raise ValueError("{}: not a plain PGM (P2) file".format(path))
    width, height, maxval = int(tokens[1]), int(tokens[2]), int(tokens[3])
    values = [int(v) / maxval for v in tokens[4:4 + width * height]]
    if len(values) != width * height:
        raise ValueError("{}: expected {} pixel values, found {}".format(path, width * height, len(values)))
    return [values[r * width:(r + 1) * width] for r in range(height)]
