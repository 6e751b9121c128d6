"""Exercise 10 · putting it together: a word counter / 综合练习：词频统计

A class that counts the words of a text file. When all checks pass, run it on a text file of your own:
    python3 10_word_counter.py some_text.txt
一个统计文本文件词频的类。全部检查通过后，用你自己的文本文件运行它（命令见上）。

Fill in every method marked TODO, then run:  python3 check.py
把每个标有 TODO 的方法写完，然后运行：python3 check.py
"""

import string
import sys


class WordCounter:
    def __init__(self, text):
        """Count the words of text: split on whitespace, lower-case, strip punctuation from both ends
        (word.strip(string.punctuation)), and skip what is left empty.
        统计 text 的词频：按空白切分，转小写，去掉两端的标点，跳过去掉后为空的。"""
        # TODO: self.counts = {...}
        raise NotImplementedError("TODO")

    @classmethod
    def from_file(cls, path):
        """Read a UTF-8 text file and return a WordCounter of its text.  读取 UTF-8 文本文件并返回 WordCounter。"""
        # TODO: with open(path, encoding="utf-8") as f: ...; return cls(...)
        raise NotImplementedError("TODO")

    def count(self, word):
        """How many times word occurs, in any case; 0 if never.  某个单词出现的次数（不分大小写）；没出现为 0。"""
        # TODO
        raise NotImplementedError("TODO")

    def top(self, n):
        """The n most frequent (word, count) tuples: highest count first, equal counts alphabetically.
        出现最多的 n 个 (单词, 次数)：次数从高到低，相同按字母顺序。"""
        # TODO: as top_words in 03_dicts.py
        raise NotImplementedError("TODO")

    def __len__(self):
        """len(counter): the number of distinct words.  不同单词的个数。"""
        # TODO
        raise NotImplementedError("TODO")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python3 10_word_counter.py FILE")
        sys.exit(2)
    counter = WordCounter.from_file(sys.argv[1])
    print(f"{len(counter)} distinct words")
    for word, n in counter.top(10):
        print(f"{n:6}  {word}")
