using Amazon.S3.Model;
using WeiduEtl.ObjectStorage;

namespace WeiduEtl.Serving;

/// <summary>
/// A seekable read-only stream over one object, so the framework's file result does ETag, 304 and Range for an
/// object exactly as for a file: a seek only moves the position, and the first read after it opens a ranged GET
/// from there. Bytes stream through; nothing is buffered beyond the copy's own buffer.
/// </summary>
internal sealed class S3ObjectStream(ObjectStore store, string relative, long length) : Stream
{
    private GetObjectResponse? _response;
    private long _position;
    private long _responsePosition = -1;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.Length == 0)
        {
            return 0;
        }
        if (_response is null || _responsePosition != _position)
        {
            _response?.Dispose();
            _response = await store.OpenAsync(relative, _position, cancellationToken)
                ?? throw new IOException($"{store.Describe(relative)} was removed while being served");
            _responsePosition = _position;
        }
        var read = await _response.ResponseStream.ReadAsync(buffer, cancellationToken);
        if (read == 0)
        {
            throw new IOException($"{store.Describe(relative)} ended at byte {_position} of {length}");
        }
        _position += read;
        _responsePosition += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _response?.Dispose();
            _response = null;
        }
        base.Dispose(disposing);
    }
}
