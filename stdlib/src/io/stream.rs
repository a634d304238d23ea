//! `Stream`: a buffered byte stream with the behaviour of a glibc `FILE`
//! as LuaJIT's `lib_io.c` uses it: one buffer for reading, one for
//! writing, `getc`/`ungetc`, `fgets`, `fread`, `fseeko`, `setvbuf`, and
//! the sticky end-of-file and error indicators that `clearerr` resets.
//!
//! Invariants: the read buffer and the write buffer are never both
//! non-empty (switching direction flushes the writes, or steps the file
//! position back over the unread bytes); `error` holds the last failure
//! until `clear_flags`, as C's `ferror` and `errno` together.
//!
//! The standard output is not a `Stream` target: writes to it go to the
//! VM's output sink (see `file.rs`). Its stream is `Backend::Sink`, which
//! refuses reads and seeks as a write-only terminal or pipe would.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::process::{Child, ChildStdin, ChildStdout};
use std::thread::JoinHandle;

/// C's `EBADF`: the stream was not opened for this direction.
const EBADF: i32 = 9;
/// C's `EINVAL`: a seek before the start of the file.
const EINVAL: i32 = 22;
/// C's `ESPIPE`: a seek on a pipe or terminal.
const ESPIPE: i32 = 29;
/// glibc's buffer size for files (the `st_blksize` of common file
/// systems; glibc ignores the size given to `setvbuf` without a buffer).
const BUFFER_SIZE: usize = 4096;

/// When written bytes leave the buffer (C's `_IOFBF`, `_IOLBF`, `_IONBF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Buffering {
    Full,
    Line,
    No,
}

/// What a seek offset counts from (C's `SEEK_SET`, `SEEK_CUR`, `SEEK_END`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Whence {
    Set,
    Current,
    End,
}

/// Where the bytes come from or go to.
pub(crate) enum Backend {
    File(File),
    /// `io.popen(command, "r")`: the command's standard output.
    PipeFrom {
        child: Child,
        output: Option<ChildStdout>,
    },
    /// `io.popen(command, "w")`: the command's standard input. The
    /// command's own output is collected by `drain` and handed over when
    /// the pipe is closed.
    PipeTo {
        child: Child,
        input: Option<ChildStdin>,
        drain: Option<JoinHandle<Vec<u8>>>,
    },
    Stdin,
    Stderr,
    /// The standard output, written through the VM's sink by the caller.
    Sink,
}

/// A buffered stream (see the module comment).
pub(crate) struct Stream {
    backend: Backend,
    readable: bool,
    writable: bool,
    buffering: Buffering,
    capacity: usize, // Buffered writes reaching this size are flushed.
    read_buffer: Vec<u8>,
    read_pos: usize, // Unread bytes are `read_buffer[read_pos..]`.
    write_buffer: Vec<u8>,
    eof: bool,
    error: Option<io::Error>,
}

impl Stream {
    pub(crate) fn new(backend: Backend, readable: bool, writable: bool) -> Stream {
        let unbuffered = matches!(backend, Backend::Stderr | Backend::Sink);
        Stream {
            backend,
            readable,
            writable,
            buffering: if unbuffered {
                Buffering::No
            } else {
                Buffering::Full
            },
            capacity: if unbuffered { 1 } else { BUFFER_SIZE },
            read_buffer: Vec::new(),
            read_pos: 0,
            write_buffer: Vec::new(),
            eof: false,
            error: None,
        }
    }

    /// Whether writes to this stream go to the VM's output sink.
    pub(crate) fn is_sink(&self) -> bool {
        matches!(self.backend, Backend::Sink)
    }

    /// Whether the stream was opened for reading.
    pub(crate) fn is_readable(&self) -> bool {
        self.readable
    }

    /// C's `clearerr`.
    pub(crate) fn clear_flags(&mut self) {
        self.eof = false;
        self.error = None;
    }

    /// C's `ferror` with its `errno`: the failure since `clear_flags`.
    pub(crate) fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }

    /// Makes sure unread bytes are buffered; false at end of file or on
    /// an error (which sets the matching indicator).
    fn fill(&mut self) -> bool {
        if self.read_pos < self.read_buffer.len() {
            return true;
        }
        if self.eof || self.error.is_some() {
            return false;
        }
        if !self.readable {
            self.error = Some(io::Error::from_raw_os_error(EBADF));
            return false;
        }
        if let Err(err) = self.flush() {
            self.error = Some(err);
            return false;
        }
        self.read_buffer.resize(BUFFER_SIZE, 0);
        self.read_pos = 0;
        let result = match &mut self.backend {
            Backend::File(file) => file.read(&mut self.read_buffer),
            Backend::PipeFrom {
                output: Some(output),
                ..
            } => output.read(&mut self.read_buffer),
            Backend::Stdin => io::stdin().read(&mut self.read_buffer),
            Backend::PipeFrom { output: None, .. }
            | Backend::PipeTo { .. }
            | Backend::Stderr
            | Backend::Sink => Err(io::Error::from_raw_os_error(EBADF)),
        };
        match result {
            Ok(0) => {
                self.read_buffer.clear();
                self.eof = true;
                false
            }
            Ok(n) => {
                self.read_buffer.truncate(n);
                true
            }
            Err(err) => {
                self.read_buffer.clear();
                self.error = Some(err);
                false
            }
        }
    }

    /// C's `getc`.
    pub(crate) fn getc(&mut self) -> Option<u8> {
        if !self.fill() {
            return None;
        }
        let byte = self.read_buffer[self.read_pos];
        self.read_pos += 1;
        Some(byte)
    }

    /// C's `ungetc` of the byte the last `getc` returned.
    pub(crate) fn ungetc(&mut self) {
        self.read_pos -= 1;
    }

    /// C's `fgets` with a buffer of `limit + 1` bytes: up to `limit` bytes,
    /// through the first newline; `None` when nothing could be read.
    pub(crate) fn fgets(&mut self, limit: usize) -> Option<Vec<u8>> {
        let mut line = Vec::new();
        while line.len() < limit && self.fill() {
            let available = &self.read_buffer[self.read_pos..];
            let wanted = available.len().min(limit - line.len());
            let taken = match available[..wanted].iter().position(|&b| b == b'\n') {
                Some(newline) => newline + 1,
                None => wanted,
            };
            line.extend_from_slice(&available[..taken]);
            self.read_pos += taken;
            if line.last() == Some(&b'\n') {
                break;
            }
        }
        if line.is_empty() && limit > 0 {
            None
        } else {
            Some(line)
        }
    }

    /// C's `fread` of up to `count` bytes (fewer at end of file).
    pub(crate) fn fread(&mut self, count: usize) -> Vec<u8> {
        let mut bytes = Vec::new();
        while bytes.len() < count && self.fill() {
            let available = &self.read_buffer[self.read_pos..];
            let taken = available.len().min(count - bytes.len());
            bytes.extend_from_slice(&available[..taken]);
            self.read_pos += taken;
        }
        bytes
    }

    /// Everything up to the end of the stream.
    pub(crate) fn read_to_end(&mut self) -> Vec<u8> {
        self.fread(usize::MAX)
    }

    /// C's `fwrite` of all of `bytes`.
    pub(crate) fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        if !self.writable {
            return Err(io::Error::from_raw_os_error(EBADF));
        }
        self.drop_read_buffer()?;
        self.write_buffer.extend_from_slice(bytes);
        if self.write_buffer.len() >= self.capacity {
            return self.flush();
        }
        if self.buffering == Buffering::Line && bytes.contains(&b'\n') {
            // glibc writes through the last newline and keeps the rest.
            let end = self.write_buffer.iter().rposition(|&b| b == b'\n');
            let rest = self.write_buffer.split_off(end.map_or(0, |end| end + 1));
            let flushed = self.flush();
            self.write_buffer = rest;
            return flushed;
        }
        Ok(())
    }

    /// C's `fflush`: hands the buffered writes to the backend.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        if self.write_buffer.is_empty() {
            return Ok(());
        }
        let bytes = std::mem::take(&mut self.write_buffer);
        match &mut self.backend {
            Backend::File(file) => file.write_all(&bytes),
            Backend::PipeTo {
                input: Some(input), ..
            } => input.write_all(&bytes),
            Backend::Stderr => io::stderr().write_all(&bytes),
            Backend::PipeTo { input: None, .. }
            | Backend::PipeFrom { .. }
            | Backend::Stdin
            | Backend::Sink => Err(io::Error::from_raw_os_error(EBADF)),
        }
    }

    /// Forgets buffered unread bytes, moving the file position back over
    /// them, before a write or a seek.
    fn drop_read_buffer(&mut self) -> io::Result<()> {
        let unread = self.read_buffer.len() - self.read_pos;
        self.read_buffer.clear();
        self.read_pos = 0;
        if unread > 0 {
            if let Backend::File(file) = &mut self.backend {
                file.seek(SeekFrom::Current(-(unread as i64)))?;
            }
        }
        Ok(())
    }

    /// C's `fseeko` followed by `ftello`: the new position.
    pub(crate) fn seek(&mut self, whence: Whence, offset: i64) -> io::Result<u64> {
        let Backend::File(file) = &mut self.backend else {
            return Err(io::Error::from_raw_os_error(ESPIPE));
        };
        let unread = (self.read_buffer.len() - self.read_pos) as i64;
        let target = match whence {
            Whence::Set => match u64::try_from(offset) {
                Ok(offset) => SeekFrom::Start(offset),
                Err(_) => return Err(io::Error::from_raw_os_error(EINVAL)),
            },
            Whence::Current => SeekFrom::Current(offset.wrapping_sub(unread)),
            Whence::End => SeekFrom::End(offset),
        };
        let bytes = std::mem::take(&mut self.write_buffer);
        file.write_all(&bytes)?;
        let position = file.seek(target)?;
        self.read_buffer.clear();
        self.read_pos = 0;
        self.eof = false;
        Ok(position)
    }

    /// C's `setvbuf` without a buffer, as glibc does it: unbuffered mode
    /// flushes and swaps the buffer for a single byte, which the stream
    /// then keeps whatever mode follows.
    pub(crate) fn set_buffering(&mut self, buffering: Buffering) -> io::Result<()> {
        self.buffering = buffering;
        if buffering == Buffering::No {
            self.capacity = 1;
            return self.flush();
        }
        Ok(())
    }

    /// C's `fclose` or `pclose`. Returns what a `popen(command, "w")`
    /// command wrote to its standard output.
    pub(crate) fn close(mut self) -> io::Result<Vec<u8>> {
        let flushed = self.flush();
        let output = self.finish_pipe();
        flushed.map(|()| output)
    }

    /// Closes a pipe's end and waits for its command (C's `pclose`).
    fn finish_pipe(&mut self) -> Vec<u8> {
        match &mut self.backend {
            Backend::PipeFrom { child, output } => {
                drop(output.take());
                let _ = child.wait();
                Vec::new()
            }
            Backend::PipeTo {
                child,
                input,
                drain,
            } => {
                drop(input.take());
                let _ = child.wait();
                drain
                    .take()
                    .and_then(|drain| drain.join().ok())
                    .unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }
}

/// A stream dropped unclosed (collected, or left at exit) is flushed and
/// its command waited for, as LuaJIT's `__gc` and C's `exit` would do.
impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.flush();
        self.finish_pipe();
    }
}
