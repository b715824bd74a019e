using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>
/// Runs GraphQL requests against one schema: parse (with the parser's limits), validate (with
/// the configured limits), execute (with a timeout). Parsed and validated documents are cached by
/// their text, so a repeated query skips straight to execution. Safe for concurrent use; create
/// one per schema and keep it for the life of the application.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private readonly GraphQLRequestOptions _options;
    private readonly ExecutionOptions _executionOptions;
    private readonly ValidationOptions _validationOptions;
    private readonly DocumentCache _cache;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a pipeline for <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema every request runs against.</param>
    /// <param name="options">Limits and switches; the defaults of <see cref="GraphQLRequestOptions"/> when null. Read once, here.</param>
    /// <param name="timeProvider">The clock of the execution timeout; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public GraphQLRequestExecutor(GraphQLSchema schema, GraphQLRequestOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _options = options ?? new GraphQLRequestOptions();
        _options.Validate();
        _executionOptions = _options.ToExecutionOptions();
        _validationOptions = DocumentValidation.OptionsFor(_options);
        _cache = new DocumentCache(_options.DocumentCacheSize);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The schema requests run against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>How many documents the cache holds now.</summary>
    internal int CachedDocumentCount => _cache.Count;

    /// <summary>Runs <paramref name="request"/> with no root value, context value or services.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (the client went away).</exception>
    public Task<GraphQLRequestResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(request, GraphQLRequestContext.Default, cancellationToken);

    /// <summary>
    /// Runs <paramref name="request"/>. Every problem with the request becomes a GraphQL error in the
    /// result, whose <see cref="GraphQLRequestResult.Status"/> says how far the request got.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (the client went away).</exception>
    public async Task<GraphQLRequestResult> ExecuteAsync(GraphQLRequest request, GraphQLRequestContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(request.Query))
        {
            return Failed(GraphQLRequestStatus.BadRequest, GraphQLError.Request("Must provide query string.", RequestErrorCodes.BadRequest));
        }

        PreparedDocument prepared;
        try
        {
            prepared = Prepare(request.Query);
        }
        catch (GraphQLSyntaxException exception)
        {
            return Failed(GraphQLRequestStatus.SyntaxError, GraphQLError.FromSyntaxError(exception));
        }

        if (prepared.ValidationErrors.Count > 0)
        {
            return new GraphQLRequestResult(ExecutionResult.FromErrors(prepared.ValidationErrors), GraphQLRequestStatus.ValidationFailed);
        }

        if (!context.AllowMutations && SelectedOperationType(prepared.Document, request.OperationName) is { } type && type != OperationType.Query)
        {
            return Failed(
                GraphQLRequestStatus.OperationNotAllowed,
                GraphQLError.Request($"Can only perform a {type.Keyword()} operation from a POST request.", RequestErrorCodes.OperationNotAllowed));
        }

        var args = new ExecutionArgs(Schema, prepared.Document)
        {
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            RootValue = context.RootValue,
            ContextValue = context.ContextValue,
            Services = context.Services,
            Options = _executionOptions,
        };
        var result = await ExecuteWithTimeoutAsync(args, cancellationToken).ConfigureAwait(false);
        return new GraphQLRequestResult(result, result.HasData ? GraphQLRequestStatus.Executed : GraphQLRequestStatus.RequestError);
    }

    /// <summary>Hands an unexpected exception met outside execution (by a transport) to <see cref="GraphQLRequestOptions.OnUnexpectedError"/>.</summary>
    internal void ReportUnexpectedError(Exception exception, GraphQLError error) => _options.OnUnexpectedError?.Invoke(exception, error);

    /// <summary>The document for <paramref name="text"/>, parsed and validated, from the cache when it was seen before.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not valid GraphQL.</exception>
    internal PreparedDocument Prepare(string text)
    {
        if (_cache.TryGet(text, out var cached))
        {
            return cached;
        }

        var document = Parser.Parse(text, _options.Parser);
        var prepared = new PreparedDocument(document, DocumentValidation.Validate(Schema, document, _validationOptions));
        if (text.Length <= _options.MaxCachedDocumentLength)
        {
            _cache.Add(text, prepared);
        }

        return prepared;
    }

    /// <summary>
    /// Executes under the timeout. A resolver that ignores cancellation, or blocks its thread,
    /// cannot hold the response: execution starts on the thread pool, so the wait for it begins at
    /// once and ends when the timeout fires; the abandoned execution finishes on its own.
    /// </summary>
    private async Task<ExecutionResult> ExecuteWithTimeoutAsync(ExecutionArgs args, CancellationToken cancellationToken)
    {
        if (_options.ExecutionTimeout == Timeout.InfiniteTimeSpan)
        {
            return await ExecuteGuardedAsync(args, cancellationToken).ConfigureAwait(false);
        }

        // Disposing the sources cannot disturb an execution that outlives this method: by then its
        // token is cancelled, and a cancelled token stays cancelled.
        using var timeout = new CancellationTokenSource(_options.ExecutionTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var execution = Task.Run(() => ExecuteGuardedAsync(args, linked.Token), CancellationToken.None);
        try
        {
            return await execution.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var error = GraphQLError.Request(
                $"Execution was stopped after the time limit of {_options.ExecutionTimeout.TotalSeconds:0.###} seconds.",
                RequestErrorCodes.ExecutionTimeout);
            return ExecutionResult.FromData(null, [error]);
        }
    }

    /// <summary>Executes, turning an unexpected exception of the engine itself into an error rather than a failed request.</summary>
    private async Task<ExecutionResult> ExecuteGuardedAsync(ExecutionArgs args, CancellationToken cancellationToken)
    {
        try
        {
            return await Executor.ExecuteAsync(args, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var error = GraphQLError.Request(
                _options.ExposeExceptionMessages ? exception.Message : "Unexpected error.",
                ErrorCodes.InternalServerError);
            ReportUnexpectedError(exception, error);
            return ExecutionResult.FromData(null, [error]);
        }
    }

    /// <summary>The type of the operation execution would choose, or null when it cannot choose one (execution then reports why).</summary>
    private static OperationType? SelectedOperationType(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? selected = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                count++;
                if (operationName is null || operation.Name?.Value == operationName)
                {
                    selected ??= operation;
                }
            }
        }

        return operationName is null && count != 1 ? null : selected?.Operation;
    }

    private static GraphQLRequestResult Failed(GraphQLRequestStatus status, GraphQLError error) =>
        new(ExecutionResult.FromErrors([error]), status);
}
