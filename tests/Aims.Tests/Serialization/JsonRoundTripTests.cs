using System.Text.Json;
using Aims.Model;
using Aims.Serialization.Json;
using FsCheck.Xunit;

namespace Aims.Tests.Serialization;

[Properties(Arbitrary = [typeof(AiSystemArbitraries)])]
public class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForAims();

    [Property]
    public bool AiSystem_round_trips_through_source_generated_json(AiSystem system)
    {
        var json = JsonSerializer.Serialize(system, Options);
        var read = JsonSerializer.Deserialize<AiSystem>(json, Options);
        return read is not null && (read.Id, read.Name) == (system.Id, system.Name);
    }

    [Fact]
    public void Serialized_form_uses_camel_case()
    {
        var json = JsonSerializer.Serialize(new AiSystem("a1", "Chatbot"), Options);

        Assert.Equal("""{"id":"a1","name":"Chatbot"}""", json);
    }

    [Fact]
    public void Wire_names_ignore_the_callers_naming_policy()
    {
        var snakeCase = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper }.ConfigureForAims();

        Assert.Equal("""{"id":"a1","name":"Chatbot"}""", JsonSerializer.Serialize(new AiSystem("a1", "Chatbot"), snakeCase));
    }

    [Fact]
    public void Invalid_payload_throws_JsonException()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AiSystem>("""{"id":"a 1","name":"x"}""", Options));

        Assert.IsType<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Schema_describes_both_properties()
    {
        using var schema = JsonDocument.Parse(AimsJsonSerializerOptionsExtensions.GetAiSystemSchema());
        var properties = schema.RootElement.GetProperty("properties");

        Assert.Equal("AiSystem", schema.RootElement.GetProperty("title").GetString());
        Assert.True(properties.TryGetProperty("id", out _));
        Assert.True(properties.TryGetProperty("name", out _));
    }
}
