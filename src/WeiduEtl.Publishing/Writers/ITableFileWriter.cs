namespace WeiduEtl.Publishing.Writers;

/// <summary>One table file being written a row at a time; <see cref="CompleteAsync"/> finishes it, disposing closes it.</summary>
internal interface ITableFileWriter : IAsyncDisposable
{
    /// <param name="cells">
    /// The row's values in the table's column order, read from the row once for every file written from it; the array is
    /// filled again for the next row, so a writer copies what it keeps.
    /// </param>
    ValueTask WriteRowAsync(object?[] cells, CancellationToken cancellationToken);

    Task CompleteAsync(CancellationToken cancellationToken);
}
