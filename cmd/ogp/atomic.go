package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// rename is os.Rename; tests make it fail.
var rename = os.Rename

// writeAtomic writes what write writes to the file name, whole or not at
// all: into a temporary file in the same folder, synced to disk, then
// renamed over name. A symbolic link is followed: the file it points to
// is replaced, and the link stays. A file that exists keeps its mode; a
// new one gets perm. When anything fails, name is left as it was and the temporary file
// is removed. An I/O error is an *fs.PathError on name; an error of write
// that is not one is returned as is.
func writeAtomic(name string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	if target, err := filepath.EvalSymlinks(name); err == nil {
		name = target
	}
	if info, err := os.Stat(name); err == nil {
		perm = info.Mode().Perm()
	}
	dir := filepath.Dir(name)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return &fs.PathError{Op: "createtemp", Path: dir, Err: unwrapPath(err)}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	w := bufio.NewWriter(tmp)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = &fs.PathError{Op: "write", Path: name, Err: pe.Err}
		}
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := rename(tmp.Name(), name); err != nil {
		return &fs.PathError{Op: "rename", Path: name, Err: unwrapPath(err)}
	}
	return nil
}

// unwrapPath returns the reason of a *fs.PathError or *os.LinkError, or
// err itself.
func unwrapPath(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

// writeBytes returns a write function, for writeAtomic and writeFile, that
// writes b.
func writeBytes(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}
