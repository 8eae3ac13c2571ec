namespace WeiduEtl.Publishing.Writers;

/// <summary>One table file being written a row at a time; <see cref="CompleteAsync"/> finishes it, disposing closes it.</summary>
internal interface ITableFileWriter : IAsyncDisposable
{
    ValueTask WriteRowAsync(object row, CancellationToken cancellationToken);

    Task CompleteAsync(CancellationToken cancellationToken);
}
