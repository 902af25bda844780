#!/usr/bin/env python3
"""Generates the sample score tables in sample-data/ (RouterDC JSON, JSON Lines, RouterBench-style wide CSV).

Deterministic (seeded): running it again rewrites identical files. Queries are composed from templates and
fill-ins; scores are simulated from a per-task skill matrix plus per-query difficulty and noise, so that each
specialist LLM is clearly best on its task and a router that recognises the task beats every single LLM.

Usage: python3 sample-data/generate.py   (from the project root or from sample-data/)
"""
import csv
import json
import math
import os
import random

SEED = 20240919
HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN_PER_TASK, TEST_PER_TASK = 60, 25

LLMS = ["mathstral-7b", "codellama-7b-instruct", "llama-3-8b-instruct", "qwen2-7b-instruct", "tinyllama-1.1b-chat"]
# Probability that an LLM solves an average query of the task (before difficulty and noise).
SKILL = {
    "math":      [0.80, 0.35, 0.58, 0.52, 0.10],
    "code":      [0.35, 0.72, 0.50, 0.45, 0.08],
    "science":   [0.55, 0.35, 0.66, 0.80, 0.28],
    "knowledge": [0.45, 0.33, 0.80, 0.60, 0.30],
}
METRIC = {"math": "graded", "code": "graded", "science": "binary", "knowledge": "binary"}
EVAL_NAME = {"math": "grade-school-math", "code": "python-coding", "science": "science-mcq",
             "knowledge": "world-knowledge"}
# USD per million tokens, input and output.
PRICE = {"mathstral-7b": (0.25, 0.25), "codellama-7b-instruct": (0.20, 0.20), "llama-3-8b-instruct": (0.30, 0.60),
         "qwen2-7b-instruct": (0.18, 0.18), "tinyllama-1.1b-chat": (0.04, 0.04)}
OUTPUT_TOKENS = {"math": (120, 320), "code": (80, 260), "science": (5, 60), "knowledge": (5, 40)}

rng = random.Random(SEED)

# ---------------------------------------------------------------- math (GSM8K-like word problems)
NAMES = ["Janet", "Marcus", "Priya", "Tomás", "Aisha", "Liam", "Mei", "Olga", "Kwame", "Sofia", "Rahul", "Chloe",
         "Diego", "Hannah", "Yusuf", "Grace", "Mateo", "Ingrid", "Noah", "Fatima"]
ITEMS = [("apples", "bag"), ("pencils", "box"), ("cookies", "tray"), ("stickers", "sheet"), ("eggs", "carton"),
         ("marbles", "jar"), ("cupcakes", "box"), ("trading cards", "pack"), ("bottles of water", "crate")]
JOBS = ["babysitting", "mowing lawns", "walking dogs", "tutoring math", "washing cars", "delivering newspapers"]
SHOPS = ["the farmers' market", "the bakery", "the school fair", "a garage sale", "the bookstore"]


def math_shopping():
    name, (item, unit) = rng.choice(NAMES), rng.choice(ITEMS)
    packs, per, eaten = rng.randint(2, 9), rng.randint(4, 12), rng.randint(1, 6)
    text = rng.choice([
        f"{name} buys {packs} {unit}s of {item}. Each {unit} holds {per} {item}. {name} gives away {eaten} {item} "
        f"to a friend. How many {item} does {name} have left?",
        f"There are {per} {item} in every {unit}. If {name} picks up {packs} {unit}s and then loses {eaten} of the "
        f"{item} on the way home, how many {item} are left?",
    ])
    return text, packs * per - eaten, 0


def math_money():
    name, shop = rng.choice(NAMES), rng.choice(SHOPS)
    count, price, keep = rng.randint(8, 40), rng.randint(2, 9), rng.randint(1, 5)
    text = rng.choice([
        f"{name}'s hens lay {count} eggs per day. {name} eats {keep} for breakfast every morning and sells the rest "
        f"at {shop} for ${price} per egg. How much in dollars does {name} make every day?",
        f"{name} baked {count} muffins, kept {keep} for the family and sold the others at {shop} for ${price} each. "
        f"How many dollars did {name} earn?",
    ])
    return text, (count - keep) * price, 0


def math_rates():
    name, job = rng.choice(NAMES), rng.choice(JOBS)
    rate, hours, days = rng.randint(8, 25), rng.randint(2, 6), rng.randint(2, 7)
    text = rng.choice([
        f"{name} earns ${rate} an hour {job}. This week {name} worked {hours} hours a day for {days} days. "
        f"How much money did {name} earn this week?",
        f"Working {hours} hours on each of {days} days, {name} gets paid ${rate} per hour for {job}. "
        f"What is {name}'s total pay?",
    ])
    return text, rate * hours * days, 1


def math_travel():
    name = rng.choice(NAMES)
    speed, hours, extra = rng.choice([30, 40, 45, 50, 55, 60, 65]), rng.randint(2, 6), rng.randint(5, 40)
    text = rng.choice([
        f"A train travels at {speed} miles per hour for {hours} hours and then another {extra} miles. "
        f"How many miles does it travel in total?",
        f"{name} drives {hours} hours at an average speed of {speed} km/h, stops for lunch, then drives "
        f"{extra} km more. How far did {name} drive altogether?",
    ])
    return text, speed * hours + extra, 1


def math_geometry():
    length, width, cost = rng.randint(4, 30), rng.randint(3, 20), rng.randint(2, 12)
    text = rng.choice([
        f"A rectangular garden is {length} meters long and {width} meters wide. Fencing costs ${cost} per meter. "
        f"How much does it cost to fence the whole garden?",
        f"A room measures {length} feet by {width} feet. Carpet costs ${cost} per square foot. "
        f"What is the cost of carpeting the entire floor?",
    ])
    perimeter = "fence" in text
    return text, (2 * (length + width) if perimeter else length * width) * cost, 2


def math_fractions():
    name, total = rng.choice(NAMES), rng.choice([24, 36, 48, 60, 72, 90, 120])
    frac, pct = rng.choice([(2, "half"), (3, "a third"), (4, "a quarter")]), rng.choice([10, 20, 25, 50])
    spent = total // frac[0]
    text = (f"{name} had ${total}. {name} spent {frac[1]} of it on a new backpack and then {pct}% of what was left "
            f"on lunch. How many dollars does {name} have now?")
    left = total - spent
    return text, left - left * pct // 100, 2


# ---------------------------------------------------------------- code (HumanEval-like)
CODE_SPECS = [
    ("reverse_words", "sentence: str", "Return the words of the sentence in reverse order, separated by single spaces.",
     lambda: rng.choice(["hello world", "the quick brown fox", "a b c", "one two"]),
     lambda s: " ".join(reversed(s.split())), 3),
    ("count_vowels", "text: str", "Count how many vowels (a, e, i, o, u, case-insensitive) the text contains.",
     lambda: rng.choice(["Banana", "ROUTER", "sky", "Education", "queue"]),
     lambda s: sum(c in "aeiou" for c in s.lower()), 3),
    ("is_palindrome", "text: str", "Return True if the text reads the same backwards, ignoring case and spaces.",
     lambda: rng.choice(["Race car", "level", "python", "Never odd or even"]),
     lambda s: s.replace(" ", "").lower() == s.replace(" ", "").lower()[::-1], 3),
    ("capitalize_words", "text: str", "Capitalize the first letter of every word in the text.",
     lambda: rng.choice(["hello world", "data science rocks", "a tale of two cities"]),
     lambda s: " ".join(w[:1].upper() + w[1:] for w in s.split()), 3),
    ("run_length_encode", "text: str", "Compress runs of equal characters as <char><count>, e.g. 'aab' -> 'a2b1'.",
     lambda: rng.choice(["aaabb", "abc", "zzzzz", "aabbaa"]),
     lambda s: "".join(f"{c}{n}" for c, n in _runs(s)), 3),
    ("second_largest", "numbers: List[int]", "Return the second largest distinct value, or None if there is none.",
     lambda: rng.sample(range(-5, 30), rng.randint(3, 6)),
     lambda xs: sorted(set(xs))[-2] if len(set(xs)) > 1 else None, 4),
    ("running_sum", "numbers: List[int]", "Return the list of prefix sums of the input list.",
     lambda: [rng.randint(-3, 9) for _ in range(rng.randint(3, 6))],
     lambda xs: [sum(xs[:i + 1]) for i in range(len(xs))], 4),
    ("remove_duplicates", "items: List[int]", "Remove duplicates while keeping the first occurrence order.",
     lambda: [rng.randint(1, 5) for _ in range(rng.randint(4, 8))],
     lambda xs: list(dict.fromkeys(xs)), 4),
    ("chunk_list", "items: List[int], size: int", "Split the list into consecutive chunks of the given size.",
     lambda: ([rng.randint(0, 9) for _ in range(rng.randint(4, 7))], rng.randint(2, 3)),
     lambda a: [a[0][i:i + a[1]] for i in range(0, len(a[0]), a[1])], 4),
    ("below_zero", "operations: List[int]", "Given deposits and withdrawals on an account that starts at zero, "
     "return True if the balance ever falls below zero.",
     lambda: [rng.randint(-6, 6) for _ in range(rng.randint(3, 6))],
     lambda xs: any(sum(xs[:i + 1]) < 0 for i in range(len(xs))), 4),
    ("max_subarray_sum", "numbers: List[int]", "Return the largest sum of a non-empty contiguous sub-list.",
     lambda: [rng.randint(-8, 8) for _ in range(rng.randint(4, 7))],
     lambda xs: max(sum(xs[i:j]) for i in range(len(xs)) for j in range(i + 1, len(xs) + 1)), 4),
    ("is_prime", "n: int", "Return True if n is a prime number.",
     lambda: rng.randint(1, 120), lambda n: n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1)), 5),
    ("digit_sum", "n: int", "Return the sum of the decimal digits of the non-negative integer n.",
     lambda: rng.randint(10, 99999), lambda n: sum(map(int, str(n))), 5),
    ("gcd", "a: int, b: int", "Return the greatest common divisor of two positive integers.",
     lambda: (rng.randint(2, 60), rng.randint(2, 60)), lambda a: math.gcd(*a), 5),
    ("fizzbuzz_count", "n: int", "Count the numbers below n that are divisible by 3 or 5 but not by both.",
     lambda: rng.randint(10, 60), lambda n: sum((i % 3 == 0) != (i % 5 == 0) for i in range(1, n)), 5),
    ("to_binary", "n: int", "Return the binary representation of n as a string without the '0b' prefix.",
     lambda: rng.randint(1, 200), lambda n: bin(n)[2:], 5),
    ("collatz_steps", "n: int", "Return how many steps of the Collatz rule it takes for n to reach 1.",
     lambda: rng.randint(2, 40), lambda n: _collatz(n), 5),
]


def _runs(s):
    out = []
    for c in s:
        if out and out[-1][0] == c:
            out[-1][1] += 1
        else:
            out.append([c, 1])
    return out


def _collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def code_task():
    name, args, desc, make, solve, cluster = rng.choice(CODE_SPECS)
    example = make()
    call_args = ", ".join(repr(a) for a in example) if isinstance(example, tuple) else repr(example)
    result = solve(example)
    style = rng.randrange(3)
    if style == 0:
        typing = "from typing import List\n\n\n" if "List" in args else ""
        text = (f"{typing}def {name}({args}):\n    \"\"\" {desc}\n    >>> {name}({call_args})\n    {result!r}\n"
                f"    \"\"\"\n")
    elif style == 1:
        text = (f"Write a Python function `{name}({args})`. {desc} For example, `{name}({call_args})` should "
                f"return `{result!r}`.")
    else:
        text = (f"Implement {name} in Python.\n\n{desc}\n\nExample:\n    {name}({call_args}) == {result!r}\n"
                f"Your function must pass the hidden unit tests.")
    return text, None, cluster


# ---------------------------------------------------------------- science (MMLU/ARC-like multiple choice)
SI_UNITS = {"force": "newton", "energy": "joule", "power": "watt", "pressure": "pascal", "electric charge": "coulomb",
            "electrical resistance": "ohm", "frequency": "hertz", "magnetic flux": "weber", "capacitance": "farad",
            "inductance": "henry", "luminous intensity": "candela", "amount of substance": "mole"}
ELEMENTS = {"sodium": ("Na", 11), "potassium": ("K", 19), "iron": ("Fe", 26), "silver": ("Ag", 47),
            "gold": ("Au", 79), "lead": ("Pb", 82), "tin": ("Sn", 50), "copper": ("Cu", 29), "mercury": ("Hg", 80),
            "tungsten": ("W", 74), "calcium": ("Ca", 20), "magnesium": ("Mg", 12), "chlorine": ("Cl", 17),
            "phosphorus": ("P", 15), "sulfur": ("S", 16), "nitrogen": ("N", 7), "oxygen": ("O", 8),
            "carbon": ("C", 6), "neon": ("Ne", 10), "zinc": ("Zn", 30)}
BIOLOGY = [
    ("Which organelle is the main site of aerobic respiration in eukaryotic cells?", "Mitochondrion",
     ["Golgi apparatus", "Ribosome", "Lysosome"]),
    ("Which organelle carries out photosynthesis in plant cells?", "Chloroplast",
     ["Nucleus", "Vacuole", "Centriole"]),
    ("Where are proteins synthesised in a cell?", "Ribosomes", ["Lysosomes", "Peroxisomes", "Vacuoles"]),
    ("Which blood cells are chiefly responsible for carrying oxygen?", "Red blood cells",
     ["Platelets", "Neutrophils", "Lymphocytes"]),
    ("Which molecule carries genetic information in most living organisms?", "DNA",
     ["ATP", "Glucose", "Cholesterol"]),
    ("Which process produces gametes with half the chromosome number of the parent cell?", "Meiosis",
     ["Mitosis", "Binary fission", "Osmosis"]),
    ("Which gas do plants absorb from the air for photosynthesis?", "Carbon dioxide",
     ["Oxygen", "Nitrogen", "Hydrogen"]),
    ("What is the functional unit of the kidney?", "Nephron", ["Alveolus", "Neuron", "Villus"]),
]
SUBJECTS = ["high school physics", "high school chemistry", "high school biology", "college physics",
            "conceptual physics", "elementary science"]
LETTERS = "ABCD"


def mcq(question, answer, distractors, subject):
    distractors = [d for d in dict.fromkeys(distractors) if d != answer]
    options = [answer] + rng.sample(distractors, 3)
    rng.shuffle(options)
    lines = [question] + [f"{LETTERS[i]}. {o}" for i, o in enumerate(options)]
    preamble = rng.choice(["", f"The following is a multiple choice question about {subject}.\n\n",
                           "Choose the correct answer.\n"])
    return preamble + "\n".join(lines) + "\nAnswer:", LETTERS[options.index(answer)]


def science_units():
    quantity = rng.choice(list(SI_UNITS))
    others = [u for q, u in SI_UNITS.items() if q != quantity]
    q = rng.choice([f"What is the SI unit of {quantity}?", f"In the SI system, {quantity} is measured in which unit?"])
    return (*mcq(q, SI_UNITS[quantity], others, rng.choice(SUBJECTS[:2] + SUBJECTS[3:5])), 6)


def science_elements():
    element = rng.choice(list(ELEMENTS))
    symbol, number = ELEMENTS[element]
    if rng.random() < 0.5:
        q = rng.choice([f"What is the chemical symbol for {element}?", f"Which symbol represents {element} "
                                                                          f"in the periodic table?"])
        return (*mcq(q, symbol, [s for e, (s, _) in ELEMENTS.items() if e != element], "high school chemistry"), 7)
    q = f"How many protons are in the nucleus of a neutral {element} atom?"
    distractors = [str(number + d) for d in (-2, -1, 1, 2, 3, 4) if number + d > 0]
    return (*mcq(q, str(number), distractors, "high school chemistry"), 7)


def science_motion():
    t, m = rng.randint(1, 9), rng.randint(1, 12)
    if rng.random() < 0.5:
        q = (f"A stone is dropped from rest from a high cliff. Ignoring air resistance and taking g = 9.8 m/s^2, "
             f"what is its speed after {t} s?")
        right = round(9.8 * t, 1)
        wrong = [round(9.8 * t / 2, 1), round(4.9 * t * t, 1), round(9.8 * (t + 1), 1), round(9.8 * t * t, 1),
                 round(19.6 * t, 1), round(9.8 * (t + 2), 1)]
        return (*mcq(q, f"{right} m/s", [f"{w} m/s" for w in wrong], "conceptual physics"), 6)
    v = rng.randint(2, 12)
    q = f"A cart of mass {m} kg moves at {v} m/s. What is its kinetic energy?"
    right = m * v * v / 2
    wrong = [m * v, m * v * v, m * v / 2, m * v * v / 4, m * v * v * 2, m + v]
    return (*mcq(q, f"{right:g} J", [f"{w:g} J" for w in wrong if w != right], "high school physics"), 6)


def science_circuits():
    current, resistance = rng.randint(1, 9), rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20])
    q = (f"A current of {current} A flows through a resistor of {resistance} ohms. What is the potential "
         f"difference across the resistor?")
    right = current * resistance
    wrong = [current + resistance, round(resistance / current, 2), current * resistance * 2,
             abs(resistance - current) + 1, round(current / resistance, 2), current * resistance + 10]
    return (*mcq(q, f"{right:g} V", [f"{w:g} V" for w in wrong if w != right], "high school physics"), 6)


def science_biology():
    q, a, d = rng.choice(BIOLOGY)
    return (*mcq(q, a, d, "high school biology"), 8)


# ---------------------------------------------------------------- knowledge (history / geography / literature)
CAPITALS = {"Australia": "Canberra", "Canada": "Ottawa", "Brazil": "Brasília", "Turkey": "Ankara",
            "Nigeria": "Abuja", "Pakistan": "Islamabad", "Switzerland": "Bern", "New Zealand": "Wellington",
            "Morocco": "Rabat", "Vietnam": "Hanoi", "Kazakhstan": "Astana", "Myanmar": "Naypyidaw",
            "Tanzania": "Dodoma", "Bolivia": "Sucre", "South Korea": "Seoul", "Norway": "Oslo", "Peru": "Lima",
            "Kenya": "Nairobi", "Egypt": "Cairo", "Argentina": "Buenos Aires", "Poland": "Warsaw",
            "Portugal": "Lisbon", "Thailand": "Bangkok", "Chile": "Santiago", "Finland": "Helsinki"}
CONTINENT = {"Mongolia": "Asia", "Chad": "Africa", "Paraguay": "South America", "Belarus": "Europe",
             "Fiji": "Oceania", "Laos": "Asia", "Guatemala": "North America", "Eritrea": "Africa",
             "Uruguay": "South America", "Slovenia": "Europe", "Nepal": "Asia", "Namibia": "Africa"}
EVENTS = {"the Berlin Wall fall": 1989, "the first Moon landing take place": 1969,
          "the French Revolution begin": 1789, "World War I end": 1918, "the Titanic sink": 1912,
          "Christopher Columbus first reach the Americas": 1492, "the Magna Carta get sealed": 1215,
          "the United Nations get founded": 1945, "the Soviet Union dissolve": 1991,
          "the American Declaration of Independence get signed": 1776, "the printing press of Gutenberg appear": 1440}
AUTHORS = {"Pride and Prejudice": "Jane Austen", "One Hundred Years of Solitude": "Gabriel García Márquez",
           "War and Peace": "Leo Tolstoy", "Things Fall Apart": "Chinua Achebe", "The Trial": "Franz Kafka",
           "Don Quixote": "Miguel de Cervantes", "Moby-Dick": "Herman Melville", "Beloved": "Toni Morrison",
           "The Tale of Genji": "Murasaki Shikibu", "Crime and Punishment": "Fyodor Dostoevsky",
           "Mrs Dalloway": "Virginia Woolf", "The Old Man and the Sea": "Ernest Hemingway"}
RIVERS = {"Budapest": "Danube", "Baghdad": "Tigris", "Cairo": "Nile", "Paris": "Seine", "London": "Thames",
          "Kolkata": "Hooghly", "Rome": "Tiber", "Prague": "Vltava", "Vienna": "Danube", "Cologne": "Rhine"}


def knowledge_capital():
    country = rng.choice(list(CAPITALS))
    q = rng.choice([f"What is the capital city of {country}?", f"Which city is the capital of {country}?",
                    f"{country}'s seat of government is located in which city?"])
    if rng.random() < 0.5:
        return q + " Answer with the name of the city only.", CAPITALS[country], 9
    others = [c for k, c in CAPITALS.items() if k != country]
    return (*mcq(q, CAPITALS[country], others, "high school geography"), 9)


def knowledge_continent():
    country = rng.choice(list(CONTINENT))
    q = rng.choice([f"On which continent is {country} located?", f"{country} is a country in which continent?"])
    others = ["Asia", "Africa", "Europe", "South America", "North America", "Oceania"]
    return (*mcq(q, CONTINENT[country], [o for o in others if o != CONTINENT[country]], "world geography"), 9)


def knowledge_history():
    event = rng.choice(list(EVENTS))
    year = EVENTS[event]
    q = f"In which year did {event}?"
    if rng.random() < 0.5:
        return q, str(year), 10
    return (*mcq(q, str(year), [str(year + d) for d in (-12, -5, -3, 2, 7, 11, 25)], "world history"), 10)


def knowledge_literature():
    book = rng.choice(list(AUTHORS))
    q = rng.choice([f"Who wrote the novel \"{book}\"?", f"\"{book}\" is a work by which author?",
                    f"Name the author of '{book}'."])
    if rng.random() < 0.4:
        return q, AUTHORS[book], 11
    return (*mcq(q, AUTHORS[book], [a for b, a in AUTHORS.items() if b != book], "world literature"), 11)


def knowledge_rivers():
    city = rng.choice(list(RIVERS))
    q = rng.choice([f"Which river flows through {city}?", f"The city of {city} lies on the banks of which river?"])
    others = sorted(set(RIVERS.values()) - {RIVERS[city]})
    return (*mcq(q, RIVERS[city], others, "high school geography"), 9)


GENERATORS = {
    "math": [math_shopping, math_money, math_rates, math_travel, math_geometry, math_fractions],
    "code": [code_task],
    "science": [science_units, science_elements, science_motion, science_circuits, science_biology],
    "knowledge": [knowledge_capital, knowledge_continent, knowledge_history, knowledge_literature, knowledge_rivers],
}


def queries(task, count):
    seen, out = set(), []
    while len(out) < count:
        text, answer, cluster = rng.choice(GENERATORS[task])()
        if text not in seen:
            seen.add(text)
            out.append({"text": text, "answer": answer, "cluster": cluster})
    return out


# ---------------------------------------------------------------- simulated scores and costs
def logit(p):
    return math.log(p / (1 - p))


def simulate(task, query):
    difficulty = rng.gauss(0, 0.8)
    scores = {}
    for llm, skill in zip(LLMS, SKILL[task]):
        p = 1 / (1 + math.exp(-(logit(skill) - difficulty + rng.gauss(0, 0.6))))
        if METRIC[task] == "graded":  # pass rate over 10 sampled attempts
            scores[llm] = sum(rng.random() < p for _ in range(10)) / 10
        else:  # probability the model puts on the right option when it answers right, else 0
            scores[llm] = round(0.35 + 0.64 * rng.betavariate(4, 1.5), 4) if rng.random() < p else 0.0
    tokens_in = max(8, len(query["text"]) // 4)
    low, high = OUTPUT_TOKENS[task]
    costs = {}
    for llm in LLMS:
        tokens_out = rng.randint(low, high)
        price_in, price_out = PRICE[llm]
        costs[llm] = float(f"{(tokens_in * price_in + tokens_out * price_out) / 1e6:.4g}")
    query["scores"], query["costs"] = scores, costs


def response(task, query, llm):
    good = query["scores"][llm] >= 0.5
    answer = query["answer"]
    if task == "math":
        value = answer if good else answer + rng.choice([-10, -2, -1, 1, 3, 12])
        return f"Let's think step by step. ... So the final answer is {value}."
    if task == "code":
        first = query["text"].split("(")[0].split()[-1].strip("`")
        return f"```python\ndef {first}(...):\n    ...\n```" if good else "I'm sorry, I cannot complete this."
    if answer in LETTERS:
        pick = answer if good else rng.choice([l for l in LETTERS if l != answer])
        return f"The answer is ({pick})."
    return answer if good else "I am not sure."


# ---------------------------------------------------------------- writers
def write_routerdc(task, split, rows):
    path = os.path.join(HERE, "routerdc", f"{task}_{split}.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i, r in enumerate(rows):
            obj = {"question": r["text"], "scores": r["scores"]}
            if split == "train":
                obj["cluster_id"] = r["cluster"]
            f.write(json.dumps(obj, ensure_ascii=False) + (",\n" if i < len(rows) - 1 else "\n"))
        f.write("]\n")


def write_jsonl(split, by_task):
    with open(os.path.join(HERE, "jsonl", f"{split}.jsonl"), "w", encoding="utf-8") as f:
        for task, rows in by_task.items():
            for i, r in enumerate(rows):
                obj = {"id": f"{task}-{split}-{i + 1:03d}", "task": task, "question": r["text"],
                       "scores": r["scores"], "costs": r["costs"]}
                if split == "train":
                    obj["cluster_id"] = r["cluster"]
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def prompt_cell(r, i):
    """RouterBench keeps some prompts as a Python list repr; multiple-choice ones split question/options."""
    if i % 3 != 1:
        return r["text"]
    parts = r["text"].split("\nA. ", 1)
    return repr([parts[0], "A. " + parts[1]] if len(parts) == 2 else [r["text"]])


def write_csv(split, by_task):
    header = ["", "sample_id", "prompt", "eval_name"] + LLMS + [f"{m}|model_response" for m in LLMS[:2]] \
             + [f"{m}|total_cost" for m in LLMS] + ["oracle_model_to_route_to"]
    with open(os.path.join(HERE, "routerbench", f"{split}.csv"), "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(header)
        n = 0
        for task, rows in by_task.items():
            for i, r in enumerate(rows):
                best = max(r["scores"].values())
                oracle = min((m for m in LLMS if r["scores"][m] == best), key=lambda m: r["costs"][m])
                out.writerow([n, f"{EVAL_NAME[task]}.{split}.{i}", prompt_cell(r, i), EVAL_NAME[task]]
                             + [r["scores"][m] for m in LLMS] + [response(task, r, m) for m in LLMS[:2]]
                             + [r["costs"][m] for m in LLMS] + [oracle])
                n += 1


def main():
    for folder in ("routerdc", "jsonl", "routerbench"):
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    train, test = {}, {}
    for task in GENERATORS:
        rows = queries(task, TRAIN_PER_TASK + TEST_PER_TASK)
        for r in rows:
            simulate(task, r)
        train[task], test[task] = rows[:TRAIN_PER_TASK], rows[TRAIN_PER_TASK:]
        write_routerdc(task, "train", train[task])
        write_routerdc(task, "test", test[task])
    for split, data in (("train", train), ("test", test)):
        write_jsonl(split, data)
        write_csv(split, data)


if __name__ == "__main__":
    main()
