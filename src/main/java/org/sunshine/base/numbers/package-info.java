/** Gapless document numbers (发文字号) per issuing office and year: the bulletins', the disclosure documents'; and the readable references of findings and problem-list items ({@code References}). */
package org.sunshine.base.numbers;
