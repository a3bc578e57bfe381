using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Aims.Mapping;
using Aims.Model;
using Aims.Risk;
using Aims.Serialization.Json.Wire;

namespace Aims.Serialization.Json;

/// <summary>The readers: size and UTF-8 checks, the envelope, then the wire objects mapped to the model record by record.</summary>
public static partial class AimsJson
{
    /// <summary>Reads a document of any kind from untrusted JSON text. Never throws for bad content.</summary>
    /// <param name="json">The JSON text; a leading byte order mark is ignored.</param>
    /// <param name="options">Limits and checks; <see cref="AimsJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or every problem found; warnings accompany a successful read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<AimsDocument> Read(string json, AimsJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadText(json, null, options);
    }

    /// <summary>Reads a document of any kind from an untrusted UTF-8 stream. Never throws for bad content.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="AimsJsonReadOptions.MaxDocumentBytes"/> plus one byte) and not closed.</param>
    /// <param name="options">Limits and checks; <see cref="AimsJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<AimsResult<AimsDocument>> ReadAsync(Stream utf8Json, AimsJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= AimsJsonReadOptions.Default;
        options.ThrowIfInvalid();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxDocumentBytes)
            {
                return AimsResult.Failure<AimsDocument>([TooLargeDiagnostic(options)], default(RecordCounts));
            }
        }

        return ReadBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), null, options);
    }

    /// <summary>Reads a workspace document from untrusted JSON; the workspace is then validated unless <see cref="AimsJsonReadOptions.ValidateModel"/> is off, and its findings never cost the value.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and checks.</param>
    /// <returns>The workspace and every problem found: a draft with validation findings keeps its whole value (see <see cref="AimsResult{T}.TryGetPartialValue"/>); a bad record is left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<AimsWorkspace> ReadWorkspace(string json, AimsJsonReadOptions? options = null) =>
        ReadAs<AimsWorkspace>(json, AimsDocumentKind.Workspace, options);

    /// <summary>Reads an inventory document from untrusted JSON; a system repeating an earlier id is an error and is left out.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and checks.</param>
    /// <returns>The AI systems and every problem found; a bad system is left out and the others are the partial value, counted in <see cref="AimsResult{T}.Records"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<ImmutableArray<AiSystem>> ReadInventory(string json, AimsJsonReadOptions? options = null) =>
        ReadAs<ImmutableArray<AiSystem>>(json, AimsDocumentKind.Inventory, options);

    /// <summary>Reads a risk register document from untrusted JSON; a risk repeating an earlier id is an error and is left out.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and checks.</param>
    /// <returns>The risks and every problem found; a bad risk is left out and the others are the partial value, counted in <see cref="AimsResult{T}.Records"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<ImmutableArray<RiskEntry>> ReadRiskRegister(string json, AimsJsonReadOptions? options = null) =>
        ReadAs<ImmutableArray<RiskEntry>>(json, AimsDocumentKind.RiskRegister, options);

    /// <summary>Reads a Statement of Applicability from untrusted JSON; it is validated against ISO/IEC 42001 Annex A unless <see cref="AimsJsonReadOptions.ValidateModel"/> is off.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and checks.</param>
    /// <returns>The SoA, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<StatementOfApplicability> ReadSoa(string json, AimsJsonReadOptions? options = null) =>
        ReadAs<StatementOfApplicability>(json, AimsDocumentKind.Soa, options);

    /// <summary>Reads FAIR scenarios from untrusted JSON; every estimate is validated with its tree path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and checks.</param>
    /// <returns>The scenario set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<FairScenarioSet> ReadFairScenarios(string json, AimsJsonReadOptions? options = null) =>
        ReadAs<FairScenarioSet>(json, AimsDocumentKind.FairScenarios, options);

    /// <summary>Reads a mapping set from untrusted JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and checks.</param>
    /// <returns>The mapping set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a limit out of range.</exception>
    public static AimsResult<MappingSet> ReadMappingSet(string json, AimsJsonReadOptions? options = null) =>
        ReadAs<MappingSet>(json, AimsDocumentKind.MappingSet, options);

    internal static AimsResult<T> ReadAs<T>(string json, AimsDocumentKind kind, AimsJsonReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = ReadText(json, kind, options);
        return result.TryGetPartialValue(out var document)
            ? AimsResult.From((T)document.Value, result.Diagnostics, result.Records)
            : AimsResult.Failure<T>(result.Diagnostics, result.Records);
    }

    private static AimsResult<AimsDocument> ReadText(string json, AimsDocumentKind? expected, AimsJsonReadOptions? options)
    {
        options ??= AimsJsonReadOptions.Default;
        options.ThrowIfInvalid();
        return TryEncode(json, options, out var utf8, out var tooLarge)
            ? ReadBytes(utf8, expected, options)
            : AimsResult.Failure<AimsDocument>([tooLarge], default(RecordCounts));
    }

    /// <summary>
    /// Encodes untrusted text as UTF-8 without a byte order mark, unless it exceeds
    /// <see cref="AimsJsonReadOptions.MaxDocumentBytes"/> (checked before anything is allocated).
    /// </summary>
    internal static bool TryEncode(string json, AimsJsonReadOptions options, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out AimsDiagnostic? tooLarge)
    {
        var text = json.AsSpan();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        // Each char needs at least one byte, so a text longer than the limit is too large without counting.
        var count = text.Length > options.MaxDocumentBytes ? -1 : Encoding.UTF8.GetByteCount(text);
        if (count < 0 || count > options.MaxDocumentBytes)
        {
            (utf8, tooLarge) = (null, TooLargeDiagnostic(options));
            return false;
        }

        utf8 = new byte[count];
        Encoding.UTF8.GetBytes(text, utf8);
        tooLarge = null;
        return true;
    }

    /// <summary>Reads a document whose size the caller has already checked against the limit.</summary>
    private static AimsResult<AimsDocument> ReadBytes(ReadOnlySpan<byte> utf8, AimsDocumentKind? expected, AimsJsonReadOptions options)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var context = new ReadContext();
        var (kindText, versionText) = Preflight.Scan(utf8, options.MaxDepth, context);
        if (context.HasErrors)
        {
            return AimsResult.Failure<AimsDocument>(context.Diagnostics, default(RecordCounts));
        }

        if (utf8.TrimStart(" \t\r\n"u8) is [not (byte)'{', ..])
        {
            return AimsResult.Failure<AimsDocument>([new AimsDiagnostic(JsonDiagnosticCodes.InvalidType, ReadContext.Root, "An Aims document must be a JSON object.")], default(RecordCounts));
        }

        if (Kind(kindText, expected, context) is not { } kind || Version(versionText, context) is not { } version)
        {
            return AimsResult.Failure<AimsDocument>(context.Diagnostics, default(RecordCounts));
        }

        object? value;
        try
        {
            value = kind switch
            {
                AimsDocumentKind.Workspace => Map(utf8, AimsJsonContext.Default.WorkspaceDto, d => new ModelReader(context).Workspace(d, ReadContext.Root)),
                AimsDocumentKind.Inventory => Map(utf8, AimsJsonContext.Default.InventoryDto, d => Inventory(d, context)),
                AimsDocumentKind.RiskRegister => Map(utf8, AimsJsonContext.Default.RiskRegisterDto, d => RiskRegister(d, context)),
                AimsDocumentKind.Soa => Map(utf8, AimsJsonContext.Default.SoaDocumentDto, d => new ModelReader(context).Soa(d.Revision, d.Entries, d.AdditionalControls, d, ReadContext.Root)),
                AimsDocumentKind.FairScenarios => FairScenarios(utf8, context),
                _ => Map(utf8, AimsJsonContext.Default.MappingSetDto, d => new RiskMappingReader(context).MappingSet(d, ReadContext.Root)),
            };
        }
        catch (JsonException ex)
        {
            context.Error(ReadContext.FromJsonPath(ex.Path), WireFailure.MessageOf(ex), JsonDiagnosticCodes.InvalidType);
            return AimsResult.Failure<AimsDocument>(context.Diagnostics, default(RecordCounts));
        }

        // Errors inside records left those records out; any other error means no faithful value exists.
        if (value is null || context.HasUnabsorbedErrors)
        {
            if (!context.HasErrors)
            {
                context.Error(ReadContext.Root, "The document is empty (null).", JsonDiagnosticCodes.InvalidType);
            }

            return AimsResult.Failure<AimsDocument>(context.Diagnostics, context.Counts);
        }

        if (options.ValidateModel)
        {
            var modelDiagnostics = value switch
            {
                AimsWorkspace w => w.Validate(options.AsOf).Diagnostics,
                StatementOfApplicability s => s.Validate().Diagnostics,
                _ => [],
            };
            foreach (var d in modelDiagnostics)
            {
                var path = kind == AimsDocumentKind.Soa && d.Path.StartsWith("/soa", StringComparison.Ordinal) ? d.Path[4..] : d.Path;
                context.Add(new AimsDiagnostic(d.Code, path, d.Message, d.Severity));
            }
        }

        return AimsResult.From(new AimsDocument(kind, version, value), context.Diagnostics, context.Counts);
    }

    private static object? Map<TDto>(ReadOnlySpan<byte> utf8, JsonTypeInfo<TDto> typeInfo, Func<TDto, object?> map)
        where TDto : class =>
        JsonSerializer.Deserialize(utf8, typeInfo) is { } dto ? map(dto) : null;

    /// <summary>A FAIR scenarios document lists <c>scenarios</c>, or is itself one scenario (the short form).</summary>
    private static FairScenarioSet? FairScenarios(ReadOnlySpan<byte> utf8, ReadContext context)
    {
        if (JsonSerializer.Deserialize(utf8, AimsJsonContext.Default.FairScenarioSetDto) is not { } set)
        {
            return null;
        }

        var reader = new RiskMappingReader(context);
        if (set.Scenarios is not null || JsonSerializer.Deserialize(utf8, AimsJsonContext.Default.FairScenarioDto) is not { } single)
        {
            return reader.ScenarioSet(set, ReadContext.Root);
        }

        // The set's own members (envelope, semantics) are known; the scenario's members are the rest.
        set.Unknown = null;
        single.Unknown?.Remove("semantics");
        single.Unknown?.Remove("kind");
        single.Unknown?.Remove("schemaVersion");
        single.Unknown?.Remove("$schema");
        single.Unknown?.Remove("$comment");
        single.Name ??= set.Name;
        set.Scenarios = [single];
        return reader.ScenarioSet(set, ReadContext.Root, singleScenarioAtRoot: true);
    }

    private static AimsDocumentKind? Kind(string? kindText, AimsDocumentKind? expected, ReadContext context)
    {
        if (kindText is null)
        {
            if (expected is { } assumed)
            {
                context.Warning("/kind", $"The document has no \"kind\"; read as \"{KindName(assumed)}\".", JsonDiagnosticCodes.MissingEnvelope);
                return assumed;
            }

            context.Error("/kind", "The document has no \"kind\" (workspace, inventory, risk-register, soa, fair-scenarios, mapping-set).", JsonDiagnosticCodes.MissingEnvelope);
            return null;
        }

        AimsDocumentKind? found = Enum.GetValues<AimsDocumentKind>().Cast<AimsDocumentKind?>().FirstOrDefault(k => KindName(k!.Value) == kindText);
        if (found is null)
        {
            context.Error("/kind", $"\"{kindText}\" is not a document kind (workspace, inventory, risk-register, soa, fair-scenarios, mapping-set).", JsonDiagnosticCodes.WrongKind);
            return null;
        }

        if (expected is { } e && e != found)
        {
            context.Error("/kind", $"Expected a \"{KindName(e)}\" document, found \"{kindText}\".", JsonDiagnosticCodes.WrongKind);
            return null;
        }

        return found;
    }

    private static string? Version(string? versionText, ReadContext context)
    {
        if (versionText is null)
        {
            context.Warning("/schemaVersion", $"The document has no \"schemaVersion\"; read as {CurrentSchemaVersion}.", JsonDiagnosticCodes.MissingEnvelope);
            return CurrentSchemaVersion;
        }

        var parts = versionText.Split('.');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            context.Error("/schemaVersion", $"\"{versionText}\" is not a schema version (major.minor, such as {CurrentSchemaVersion}).", JsonDiagnosticCodes.UnsupportedVersion);
            return null;
        }

        if (major != 1)
        {
            context.Error("/schemaVersion", major > 1
                ? $"Schema version {versionText} is newer than this library reads ({CurrentSchemaVersion}); upgrade Aims.Serialization.Json."
                : $"Schema version {versionText} is not supported.", JsonDiagnosticCodes.UnsupportedVersion);
            return null;
        }

        if (minor > 0)
        {
            context.Warning("/schemaVersion", $"Written by schema version {versionText}, newer than {CurrentSchemaVersion}: members this version does not know are ignored.", JsonDiagnosticCodes.NewerMinorVersion);
        }

        return versionText;
    }

    private static ImmutableArray<AiSystem> Inventory(InventoryDto d, ReadContext context)
    {
        context.Visit(d, ReadContext.Root);
        return [.. context.Records(d.Systems, "/systems", context.UniqueIds<SystemDto, AiSystem>(new ModelReader(context).System, s => s.Id, "AI system"))];
    }

    private static ImmutableArray<RiskEntry> RiskRegister(RiskRegisterDto d, ReadContext context)
    {
        context.Visit(d, ReadContext.Root);
        return [.. context.Records(d.Risks, "/risks", context.UniqueIds<RiskDto, RiskEntry>(new ModelReader(context).Risk, r => r.Id, "risk"))];
    }

    private static AimsDiagnostic TooLargeDiagnostic(AimsJsonReadOptions options) =>
        new(JsonDiagnosticCodes.TooLarge, ReadContext.Root, string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {options.MaxDocumentBytes:N0} bytes."));
}
