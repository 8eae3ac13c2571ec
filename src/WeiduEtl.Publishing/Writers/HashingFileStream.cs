using System.Security.Cryptography;

namespace WeiduEtl.Publishing.Writers;

/// <summary>
/// A new file written front to back that hashes its bytes as they go by, so a published file's size and sha256 come
/// from the one pass that writes it instead of a second read of gigabytes.
/// </summary>
internal sealed class HashingFileStream : Stream
{
    private readonly FileStream _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _written;

    public HashingFileStream(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, useAsync: false);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    /// <summary>Readable (Parquet records its column chunks' offsets); setting it would break the hash.</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException("a hashing file stream is written front to back");
    }

    /// <summary>The bytes written and their sha256, lower-case hex; call once, after the last write.</summary>
    public (long Bytes, string Sha256) Finish()
    {
        _file.Flush();
        return (_written, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _file.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    /// <summary>Synchronous underneath: the file is local and written through a buffer, so awaiting each write costs more than it saves.</summary>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => _file.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _file.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync();
        _hash.Dispose();
        await base.DisposeAsync();
    }
}
