"""Small gradient-boosted trees (logistic loss, depth-limited, split points at feature
quantiles) in numpy: the second model bench/clutter_fit.py tries beside logistic regression."""

from __future__ import annotations

import numpy as np

Tree = tuple  # ("leaf", value) or ("split", feature, cut, left, right)


def _grow(x, g, h, w, depth, cuts, min_leaf, l2):
    value = -(w * g).sum() / ((w * h).sum() + l2)
    if depth == 0 or w.sum() < 2 * min_leaf:
        return ("leaf", value)
    best = None
    G, H = (w * g).sum(), (w * h).sum()
    base = G * G / (H + l2)
    for f in range(x.shape[1]):
        for c in cuts[f]:
            left = x[:, f] < c
            wl = w[left].sum()
            if wl < min_leaf or w.sum() - wl < min_leaf:
                continue
            gl, hl = (w * g)[left].sum(), (w * h)[left].sum()
            gain = gl * gl / (hl + l2) + (G - gl) ** 2 / (H - hl + l2) - base
            if best is None or gain > best[0]:
                best = (gain, f, c, left)
    if best is None or best[0] <= 1e-12:
        return ("leaf", value)
    _, f, c, left = best
    return (
        "split",
        f,
        float(c),
        _grow(x[left], g[left], h[left], w[left], depth - 1, cuts, min_leaf, l2),
        _grow(x[~left], g[~left], h[~left], w[~left], depth - 1, cuts, min_leaf, l2),
    )


def _apply(tree, x):
    if tree[0] == "leaf":
        return np.full(len(x), tree[1])
    _, f, c, left, right = tree
    out = np.empty(len(x))
    mask = x[:, f] < c
    out[mask] = _apply(left, x[mask])
    out[~mask] = _apply(right, x[~mask])
    return out


def fit(x, y, w, rounds=60, depth=2, rate=0.2, min_leaf=None, l2=1e-3):
    w = w / w.sum()
    min_leaf = min_leaf if min_leaf is not None else 0.01
    cuts = [np.unique(np.quantile(x[:, f], np.linspace(0.05, 0.95, 19))) for f in range(x.shape[1])]
    pos = (w * y).sum()
    bias = float(np.log(pos / (1 - pos)))
    z = np.full(len(y), bias)
    trees = []
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-z))
        g, h = p - y, np.maximum(p * (1 - p), 1e-6)
        tree = _grow(x, g, h, w, depth, cuts, min_leaf, l2)
        tree = _scaled(tree, rate)
        trees.append(tree)
        z += _apply(tree, x)
    return bias, trees


def _scaled(tree, rate):
    if tree[0] == "leaf":
        return ("leaf", tree[1] * rate)
    _, f, c, left, right = tree
    return ("split", f, c, _scaled(left, rate), _scaled(right, rate))


def predict(model, x):
    bias, trees = model
    z = np.full(len(x), bias)
    for t in trees:
        z += _apply(t, x)
    return 1 / (1 + np.exp(-np.clip(z, -50, 50)))
