//go:build unix

package extract_test

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the test process has used so far. Timing
// with it rather than the wall clock keeps a ratio of two runs steady when
// other processes load the machine.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
