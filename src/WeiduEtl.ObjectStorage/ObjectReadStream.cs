using Amazon.S3.Model;
using Polly;

namespace WeiduEtl.ObjectStorage;

/// <summary>
/// A seekable read-only stream over one object, so the framework's file result does ETag, 304 and Range for an
/// object exactly as for a file: a seek only moves the position, and the first read after it opens a ranged GET
/// from there. Bytes stream through; nothing is buffered beyond the copy's own buffer. A read that fails (the
/// connection dropped or the body cut short) opens the object again from the byte it stopped at, as
/// <see cref="ObjectReadRetry"/> allows, and only if the object still has the ETag its HEAD gave; what still fails is an
/// <see cref="ObjectStoreException"/> naming the object.
/// </summary>
public sealed class ObjectReadStream : Stream
{
    private readonly ObjectStore _store;
    private readonly string _relative;
    private readonly long _length;
    private readonly string? _etag;
    private GetObjectResponse? _response;
    private long _position;
    private long _responsePosition = -1;

    internal ObjectReadStream(ObjectStore store, string relative, long length, string? etag)
    {
        _store = store;
        _relative = relative;
        _length = length;
        _etag = etag;
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= _length || buffer.Length == 0)
        {
            return 0;
        }
        var operation = $"GET {_store.Describe(_relative)} from byte {_position} of {_length}";
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return await _store.ReadRetry.ExecuteAsync(static (c, s) => s.Stream.ReadOnceAsync(s.Buffer, c.CancellationToken), context, (Stream: this, Buffer: buffer));
        }
        catch (Exception ex) when (ex is not ObjectStoreException && ObjectRetry.IsStoreFailure(ex, cancellationToken))
        {
            throw _store.Failure(operation, _store.Describe(_relative), ex, ObjectReadRetry.MaxAttempts, cancellationToken);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<int> ReadOnceAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            if (_response is null || _responsePosition != _position)
            {
                _response?.Dispose();
                _response = null;
                _response = await _store.OpenAsync(_relative, _position, _etag, cancellationToken)
                    ?? throw new ObjectStoreException($"{_store.Describe(_relative)} was removed while being served")
                    {
                        ObjectName = _store.Describe(_relative),
                        Reason = "removed",
                        Missing = true,
                    };
                _responsePosition = _position;
            }
            var read = await _response.ResponseStream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                // The object is named by the ObjectStoreException this may end as.
                throw new IOException($"the body ended at byte {_position} of {_length}");
            }
            _position += read;
            _responsePosition += read;
            return read;
        }
        catch
        {
            // The next attempt opens the object again from _position.
            _response?.Dispose();
            _response = null;
            throw;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => _length + offset,
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
