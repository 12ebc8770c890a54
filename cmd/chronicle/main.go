// Command chronicle turns narrative text about conflicts and history into
// dated, typed, sourced annotations. See README.md.
package main

import (
	"os"

	"chronicle/internal/cli"
)

func main() {
	os.Exit(cli.Main(cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}, os.Args[1:]))
}
