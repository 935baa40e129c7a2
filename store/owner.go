package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ownerFile, in the store's directory, says which kg command has the store
// open for writing, so that another one that finds it locked can say who
// holds it. Badger's own LOCK file has only a pid.
const ownerFile = "kg.owner"

type owner struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Since   time.Time `json:"since"`
}

func writeOwner(path string) error {
	o := owner{PID: os.Getpid(), Command: commandLine(os.Args), Since: time.Now()}
	data, err := json.Marshal(o)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write owner file: %w", err)
	}
	return nil
}

// commandLine renders args as a user would type them, with the program's
// base name.
func commandLine(args []string) string {
	if len(args) == 0 {
		return "kg"
	}
	parts := make([]string, len(args))
	parts[0] = filepath.Base(args[0])
	for i, a := range args[1:] {
		if a == "" || strings.ContainsAny(a, " \t\n\"'`\\$") {
			a = strconv.Quote(a)
		}
		parts[i+1] = a
	}
	return strings.Join(parts, " ")
}

// describeOwner says who holds the store, from its owner file. Without one,
// the holder is a reader (readers leave no file) or a writer that has not
// written its file yet.
func describeOwner(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return "another process, probably a kg command reading it"
	}
	var o owner
	if err := json.Unmarshal(data, &o); err != nil || o.PID == 0 {
		return "another process"
	}
	// A build killed before it could remove its file leaves it behind; the
	// holder is then someone else, most likely a reader.
	if !alive(o.PID) {
		return "another process, probably a kg command reading it"
	}
	start := o.Since.Local()
	since := start.Format("15:04:05")
	if start.Format(time.DateOnly) != time.Now().Format(time.DateOnly) {
		since = start.Format(time.DateTime)
	}
	return fmt.Sprintf("`%s` (pid %d, since %s)", o.Command, o.PID, since)
}

// alive reports whether a process with this pid exists (signal 0 checks
// without sending anything; EPERM means it exists but is another user's).
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
