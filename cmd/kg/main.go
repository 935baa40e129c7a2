// Command kg turns news articles into a knowledge graph of diplomatic
// relations and answers questions about it.
//
//	kg build testdata/articles
//	kg neighbors Assad
//	kg path Iraq Russia
//	kg export --format dot | dot -Tsvg > graph.svg
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"kg/query"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// A second Ctrl-C ends kg at once, as a kill would: the store survives
	// that too.
	context.AfterFunc(ctx, stop)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}

// run executes one kg command and returns the process's exit status: 0 on
// success, 1 when the command failed, 2 when it was misused.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, env func(string) (string, bool)) int {
	app := newApp(stdout, stderr, env)
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	app.close()
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "kg: %v\n", err)
	if unknown, ok := errors.AsType[*query.UnknownError](err); ok && len(unknown.Suggestions) == 0 {
		fmt.Fprintln(stderr, "kg: no similar name either; kg top -n 0 lists the actors in the store")
	}
	if isUsage(err) {
		return 2
	}
	return 1
}
