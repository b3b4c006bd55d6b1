"""The service's settings: one pydantic-settings object, read from ``KG_*`` variables."""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIB = 1024 * 1024


class Settings(BaseSettings):
    """Every knob of ``kg serve``; each can be set as ``KG_<NAME>`` (``KG_API_TOKEN`` ...)."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: str = Field(".kg", description="folder of the on-disk Oxigraph store")
    api_token: SecretStr | None = Field(
        None, description="bearer token for the write routes; unset: write routes are off"
    )
    query_timeout: float = Field(10.0, gt=0, description="seconds a query may run")
    write_timeout: float = Field(300.0, gt=0, description="seconds a write may run")
    max_rows: int = Field(10_000, ge=1, description="rows (or triples) a /sparql answer holds")
    max_concurrent_queries: int = Field(
        4, ge=0, description="callers that may wait for the store while one runs; more get 503"
    )
    max_query_bytes: int = Field(MIB, ge=1, description="largest /sparql request body")
    max_article_bytes: int = Field(5 * MIB, ge=1, description="largest article request body")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)

    @field_validator("api_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def token(self) -> str | None:
        return self.api_token.get_secret_value() if self.api_token is not None else None
