using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Ingestion;

/// <summary>
/// The content hash of a folder's fact files (<c>GraphChangeSet.FactsContentHash</c>): SHA-256
/// over each file's relative path and the SHA-256 of its bytes, in the order the files are
/// read, so that an edit, an added, removed or renamed file changes it, and a touch or a copy of
/// the folder elsewhere does not. Each file's bytes are hashed as they are read, so that the
/// hash is of exactly the bytes that were parsed.
/// </summary>
internal sealed class FactsContentHasher : IDisposable
{
    private readonly IncrementalHash _folder = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _complete = true;

    /// <summary>A stream over <paramref name="file"/> that hashes what is read; dispose it once read to its end.</summary>
    public HashedFile Read(string relativePath, Stream file) => new(this, relativePath, file);

    /// <summary>The hash, or null when a file was not read to its end (a file over the size limit).</summary>
    public string? Finish() => _complete ? $"sha256:{Convert.ToHexStringLower(_folder.GetHashAndReset())}" : null;

    public void Dispose() => _folder.Dispose();

    private void Add(string relativePath, byte[]? digest)
    {
        if (digest is null)
        {
            _complete = false;
            return;
        }

        var path = Encoding.UTF8.GetBytes(relativePath);
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32BigEndian(length, path.Length);
        _folder.AppendData(length);
        _folder.AppendData(path);
        _folder.AppendData(digest);
    }

    /// <summary>One file being read and hashed; its digest joins the folder's when disposed.</summary>
    internal sealed class HashedFile : IDisposable
    {
        private readonly FactsContentHasher _owner;
        private readonly string _relativePath;
        private readonly SHA256 _digest = SHA256.Create();

        public HashedFile(FactsContentHasher owner, string relativePath, Stream file)
        {
            _owner = owner;
            _relativePath = relativePath;
            Content = new CryptoStream(file, _digest, CryptoStreamMode.Read, leaveOpen: true);
        }

        /// <summary>The file's bytes, hashed as they pass.</summary>
        public Stream Content { get; }

        public void Dispose()
        {
            // A hash transform completes, and sets Hash, only when the stream was read to its end.
            _owner.Add(_relativePath, _digest.Hash);
            Content.Dispose();
            _digest.Dispose();
        }
    }
}
