/** Gapless document numbers (发文字号) per issuing office and year: the bulletins', the disclosure documents'. */
package org.sunshine.base.numbers;
