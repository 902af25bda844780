/**
 * Score tables: queries with each candidate LLM's score, loaded from RouterDC JSON arrays, JSON Lines or
 * RouterBench-style wide CSV/TSV ({@link org.routerdc.workbench.data.ScoreTables}), with every input problem
 * reported as a located {@link org.routerdc.workbench.data.DataError} (file, line, field) rather than an exception
 * trace.
 *
 * <p>Decisions on what is accepted: a score or cost is a finite JSON number, a numeric string ({@code "0.5"}) or a
 * boolean (true = 1, false = 0); NaN, infinities, other text, objects and arrays are errors. A null, an empty cell
 * or an absent key is a hole: kept as {@link org.routerdc.workbench.data.QueryRow#MISSING} with one located warning
 * per file, or an error in a strict load; an LLM without a score on any row is always an error. Ids, when given, must be unique in a
 * file; rows without one get {@code <dataset>#<row>}. Duplicate question texts are allowed (the real MMLU test file
 * has some). A UTF-8 byte-order mark is skipped; any other non-UTF-8 byte is an error naming its line.
 *
 * <p>Lines: JSON and JSON Lines report the parser's line (a one-line RouterDC file also names the row number in
 * the message); CSV reports the physical line where the record starts, header = line 1.
 *
 * <p>This package depends on nothing else of ours but {@code files} (atomic writes).
 */
package org.routerdc.workbench.data;
