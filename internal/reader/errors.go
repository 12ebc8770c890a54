package reader

import (
	"errors"
	"fmt"
)

// Errors that InputError wraps, so that callers can tell the cases apart
// with errors.Is.
var (
	ErrEmptyInput  = errors.New("empty input")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrBinary      = errors.New("binary data (NUL byte)")
	ErrTooLarge    = errors.New("document too large")
	ErrUnclosedDoc = errors.New("unclosed <doc>")
	ErrOutsideDoc  = errors.New("text outside <doc>")
	ErrBadJSON     = errors.New("bad JSON line")
)

// InputError is bad input at a place in a file. Reading continues after it.
type InputError struct {
	Path string
	// Line is 1-based; 0 when the error concerns the file as a whole.
	Line int
	Err  error
}

// Error formats the error as "path:line: msg", the form editors jump to.
func (e *InputError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }
