"""Exercise 10 · putting it together: a word counter / 综合练习：词频统计 (solution / 参考答案)"""

import string
import sys


class WordCounter:
    def __init__(self, text):
        self.counts = {}
        for raw in text.split():
            word = raw.lower().strip(string.punctuation)
            if word:
                self.counts[word] = self.counts.get(word, 0) + 1

    @classmethod
    def from_file(cls, path):
        with open(path, encoding="utf-8") as f:
            return cls(f.read())

    def count(self, word):
        return self.counts.get(word.lower(), 0)

    def top(self, n):
        return sorted(self.counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]

    def __len__(self):
        return len(self.counts)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python3 10_word_counter.py FILE")
        sys.exit(2)
    counter = WordCounter.from_file(sys.argv[1])
    print(f"{len(counter)} distinct words")
    for word, n in counter.top(10):
        print(f"{n:6}  {word}")
