package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/unicode"
)

// UTF-16 byte order marks. A UTF-16 file without one cannot be told from
// binary reliably, and is reported as binary by its NUL bytes.
var (
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns a file's bytes into UTF-8 text: a UTF-16 file with a byte
// order mark is decoded (its mark dropped), a binary file is an error, and
// invalid UTF-8 is replaced by U+FFFD with a warning naming the first bad
// byte. name is for errors only. A UTF-8 byte order mark is kept: Position
// knows it. With borrow, valid UTF-8 text is data itself, not a copy: the
// caller must not change data while the text is in use (see
// ReadFileTransient).
func decode(name string, data []byte, borrow bool) (text string, warnings []string, err error) {
	var enc string
	switch {
	case bytes.HasPrefix(data, bomUTF16LE):
		enc = "UTF-16LE"
		data, err = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
	case bytes.HasPrefix(data, bomUTF16BE):
		enc = "UTF-16BE"
		data, err = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
	}
	if err != nil {
		// The decoder replaces bad code units; this is a failure of the
		// transformer itself, which a test has never seen.
		return "", nil, &Error{Path: name, Msg: fmt.Sprintf("cannot decode %s: %v", enc, err)}
	}
	// The NUL search comes after UTF-16 decoding, which is full of NUL
	// bytes in English text and not binary.
	if i := bytes.IndexByte(data[:min(len(data), binarySniff)], 0); i >= 0 {
		msg := fmt.Sprintf("binary file (NUL byte at offset %d); crosscheck reads text, Markdown, HTML and JSON-lines articles", i)
		if enc != "" {
			msg = fmt.Sprintf("binary file (NUL character at offset %d of the decoded %s text)", i, enc)
		}
		return "", nil, &Error{Path: name, Msg: msg, binary: true}
	}
	if borrow {
		text = unsafe.String(unsafe.SliceData(data), len(data))
	} else {
		text = string(data)
	}
	if utf8.ValidString(text) {
		return text, nil, nil
	}
	off := firstInvalid(data)
	line, col := position(text, off)
	warnings = append(warnings, fmt.Sprintf(
		"line %d, column %d: invalid UTF-8 (byte 0x%02x at offset %d) replaced with U+FFFD; offsets after it are of the repaired text. Save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) to keep every character",
		line, col, data[off], off))
	return strings.ToValidUTF8(text, "\uFFFD"), warnings, nil
}

// position is Article.Position for a text without an Article: the line and
// character column of byte offset off, a UTF-8 byte order mark not
// counted, each invalid byte counted as one character.
func position(text string, off int) (line, col int) {
	off = max(0, min(off, len(text)))
	start := strings.LastIndexByte(text[:off], '\n') + 1
	line = strings.Count(text[:start], "\n") + 1
	if start == 0 && strings.HasPrefix(text, bom) && off >= len(bom) {
		start = len(bom)
	}
	return line, utf8.RuneCountInString(text[start:off]) + 1
}
