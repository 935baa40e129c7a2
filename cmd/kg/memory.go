package main

import "runtime/debug"

// buildMemoryLimit is the soft limit on the Go heap of `kg build`. Without
// one the heap doubles past what is live before the collector runs, and a
// build's live heap (Badger's memtables and the tables it is compacting, some
// 100 MiB at its peak, plus the articles in flight) would take a peak RSS of
// 400 MB and more. At the limit the collector runs sooner; a heap that must
// outgrow it still may (the limit is soft), at the cost of more collection.
const buildMemoryLimit = 192 << 20

// limitBuildMemory sets buildMemoryLimit unless the user set GOMEMLIMIT,
// which the Go runtime has applied already.
func limitBuildMemory(env func(string) (string, bool)) {
	if v, ok := env("GOMEMLIMIT"); ok && v != "" {
		return
	}
	debug.SetMemoryLimit(buildMemoryLimit)
}

// queryGCPercent is the GOGC of queries. A query lives a fraction of a
// second and its heap stays small (some 30 MB for the busiest actor of a
// 30,000-article store), but with the default of 100 it is collected seven
// times on the way, a tenth of the wall time of `kg neighbors`.
const queryGCPercent = 400

// relaxQueryGC sets queryGCPercent unless the user set GOGC.
func relaxQueryGC(env func(string) (string, bool)) {
	if v, ok := env("GOGC"); ok && v != "" {
		return
	}
	debug.SetGCPercent(queryGCPercent)
}
